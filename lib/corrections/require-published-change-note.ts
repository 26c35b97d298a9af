import type { Tx } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueWebhookEvent } from "@/lib/webhooks/queue-webhook-event";
import { publishedReportsCoveringClaim, type CoveringReport } from "@/lib/corrections/published-reports-covering-claim";
import type { Actor } from "@/lib/policy/actor";

export interface PublishedChange {
  /** the claims whose published record the change touches */
  claimIds: string[];
  /** article reports show an article's passages even when they are not claims */
  articleIds?: string[];
  /** what is changing, for the refusal message: "Deleting this passage" */
  what: string;
  note: string | null | undefined;
}

/**
 * The one rule for the published record outside verdict events (see
 * lib/verdicts/require-correction-note.ts for those): inside the transaction of
 * a change to what published reports show (deleting a passage, a claim or an
 * article, unlinking an appearance, relabelling or archiving a rating level,
 * editing a claim's statement), the change needs a correction note when any
 * currently published report covers it — else InvalidInputError on
 * "correctionNote" and the transaction writes nothing. With the note, one
 * dated ReportCorrection per report and claim, each audited; the public page
 * lists them. Returns the reports corrected.
 */
export async function requirePublishedChangeNote(
  tx: Tx,
  actor: Actor,
  change: PublishedChange,
): Promise<CoveringReport[]> {
  const byClaim = new Map<string, CoveringReport[]>();
  for (const claimId of new Set(change.claimIds))
    byClaim.set(claimId, await publishedReportsCoveringClaim(tx, actor.workspaceId, claimId));
  const articleReports = change.articleIds?.length
    ? await publishedArticleReports(tx, actor.workspaceId, change.articleIds)
    : [];
  const reports = uniqueReports([...[...byClaim.values()].flat(), ...articleReports]);
  if (reports.length === 0) return [];
  const note = change.note?.trim();
  if (!note) {
    const titles = reports.map((r) => `“${r.title}”`).join(", ");
    throw new InvalidInputError(
      `${change.what} changes what a published report shows (${titles}). Write a correction note: the public report lists it with today's date.`,
      {
        correctionNote: ["Required: the change reaches a published report."],
      },
    );
  }
  const entries = [...byClaim].flatMap(([claimId, covering]) =>
    covering.map((report) => ({ report, claimId: claimId as string | null })),
  );
  for (const report of articleReports)
    if (!entries.some((e) => e.report.id === report.id)) entries.push({ report, claimId: null });
  for (const { report, claimId } of entries) {
    const correction = await tx.reportCorrection.create({
      data: { workspaceId: actor.workspaceId, reportId: report.id, claimId, note, createdById: actor.userId },
      select: { id: true },
    });
    await recordAuditEvent(tx, actor, {
      action: "report.corrected",
      entityType: "Report",
      entityId: report.id,
      after: { correctionId: correction.id, claimId, note, change: change.what },
    });
    await queueWebhookEvent(tx, actor.workspaceId, "correction.issued", { correctionId: correction.id });
  }
  return reports;
}

async function publishedArticleReports(tx: Tx, workspaceId: string, articleIds: string[]): Promise<CoveringReport[]> {
  const rows = await tx.report.findMany({
    where: { workspaceId, publishedAt: { not: null }, scope: "ARTICLE", articleId: { in: articleIds } },
    select: { id: true, title: true, publishedAt: true },
  });
  return rows.map((r) => ({ id: r.id, title: r.title, publishedAt: r.publishedAt! }));
}

function uniqueReports(reports: CoveringReport[]): CoveringReport[] {
  return [...new Map(reports.map((r) => [r.id, r])).values()];
}
