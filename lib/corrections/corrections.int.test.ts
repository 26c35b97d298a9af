/**
 * While a report is published, a change to what it shows (approving a
 * verdict of a claim in it, or revising an approved one) needs a correction
 * note: without it the change is refused on "correctionNote" and nothing is
 * written; with it, one dated ReportCorrection per published report covering
 * the claim, in the same transaction. Unpublished reports need none.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { publishReport } from "@/lib/reports/publish-report";
import { unpublishReport } from "@/lib/reports/unpublish-report";
import { openPublicReport } from "@/lib/reports/open-public-report";
import { buildReportMeta } from "@/lib/reports/content/build-report-meta";
import { loadReportEntries } from "@/lib/reports/content/load-report-entries";
import { createReport } from "@/lib/reports/create-report";
import { findPublishedReportsForClaim } from "@/lib/reports/find-published-reports-for-claim";
import { CreateReportInputSchema } from "@/lib/reports/schemas";
import { reviseVerdict } from "@/lib/verdicts/revise-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { submitVerdict, withdrawVerdict } from "@/lib/verdicts/step-verdict";
import { ReviewVerdictInputSchema, ReviseVerdictInputSchema } from "@/lib/verdicts/schemas";
import { articleReport, claimWithVerdict, collect } from "@/test/support/report-world";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { expectRefusedWithoutChange } from "@/test/workspace-fingerprint";

const TEXT = "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor promised 40 million euros.";
const NEW_CONTENT = { ratingKey: "FALSE_CLAIM", summary: "The coroner counts nine deaths, not twelve.", evidence: [] };

async function world() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, { text: TEXT });
  const approved = await claimWithVerdict(ws, article, "at least 12 people were killed", "APPROVED");
  const submitted = await claimWithVerdict(ws, article, "40 million euros", "SUBMITTED");
  const report = await articleReport(ws, article);
  const { publicToken } = await publishReport(ws.actors.REVIEWER, report.id);
  return { ws, article, approved, submitted, report, publicToken };
}

const corrections = (reportId: string) =>
  db.reportCorrection.findMany({ where: { reportId }, orderBy: { createdAt: "asc" } });
const statusOf = async (id: string) =>
  (await db.verdict.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;

async function refusedForNote(workspaceId: string, attempt: () => Promise<unknown>) {
  await expectRefusedWithoutChange([workspaceId], attempt, InvalidInputError);
  await expect(attempt()).rejects.toMatchObject({
    fieldErrors: { correctionNote: ["Required while the claim is in a published report."] },
  });
}

describe("correction notes on published reports", () => {
  it("approving a verdict of a claim in a published report: refused without a note, recorded with one, listed publicly", async () => {
    const { ws, submitted, report, publicToken } = await world();
    const approve = (correctionNote?: string) =>
      reviewVerdict(
        ws.actors.REVIEWER,
        ReviewVerdictInputSchema.parse({
          verdictId: submitted.verdict!.id,
          lockVersion: 2,
          decision: "APPROVE",
          correctionNote,
        }),
      );
    await refusedForNote(ws.workspace.id, () => approve());
    await refusedForNote(ws.workspace.id, () => approve("   "));
    expect(await corrections(report.id)).toHaveLength(0);

    await approve("Added our check of the mayor's pledge.");
    expect(await statusOf(submitted.verdict!.id)).toBe("APPROVED");
    const [correction] = await corrections(report.id);
    expect(correction).toMatchObject({
      note: "Added our check of the mayor's pledge.",
      claimId: submitted.claim.id,
      verdictId: submitted.verdict!.id,
      createdById: ws.actors.REVIEWER.userId,
    });
    expect(await db.auditEvent.count({ where: { entityId: report.id, action: "report.corrected" } })).toBe(1);

    const open = await openPublicReport(publicToken);
    const meta = await buildReportMeta(open.access, open.record, {
      internal: false,
      url: "https://factdesk.example.test/r/x",
    });
    expect(meta.corrections).toEqual([
      { date: correction!.createdAt, note: "Added our check of the mayor's pledge.", claimId: submitted.claim.id },
    ]);
    expect(
      (await collect(loadReportEntries(open.access, open.record, { internal: false }))).map((e) => e.claim.id),
    ).toEqual([expect.any(String), submitted.claim.id]);
  });

  it("revising an approved verdict needs a note; withdrawing or resubmitting a verdict the report does not show needs none", async () => {
    const { ws, approved, submitted, report } = await world();
    const revise = (correctionNote?: string) =>
      reviseVerdict(
        ws.actors.EDITOR,
        ReviseVerdictInputSchema.parse({
          verdictId: approved.verdict!.id,
          lockVersion: 3,
          ...NEW_CONTENT,
          correctionNote,
        }),
      );
    await refusedForNote(ws.workspace.id, () => revise());
    await revise("The coroner's count replaces the police figure.");
    expect(await statusOf(approved.verdict!.id)).toBe("DRAFT");
    expect(await corrections(report.id)).toHaveLength(1);

    // not shown in the published report: no note needed
    await withdrawVerdict(ws.actors.EDITOR, { verdictId: submitted.verdict!.id, lockVersion: 2 });
    await submitVerdict(ws.actors.EDITOR, { verdictId: submitted.verdict!.id, lockVersion: 3 });
    expect(await corrections(report.id)).toHaveLength(1);
  });

  it("one correction per published report covering the claim; unpublished reports and other claims need none", async () => {
    const { ws, approved, submitted, report } = await world();
    const claims = await createReport(
      ws.actors.EDITOR,
      CreateReportInputSchema.parse({ title: "Chosen claims", scope: "CLAIMS", claimIds: [submitted.claim.id] }),
    );
    await publishReport(ws.actors.REVIEWER, claims.id);
    const range = await createReport(
      ws.actors.EDITOR,
      CreateReportInputSchema.parse({
        title: "This year",
        scope: "WORKSPACE",
        fromDate: "2000-01-01",
        toDate: "2100-01-01",
      }),
    );
    await publishReport(ws.actors.REVIEWER, range.id);
    const old = await createReport(
      ws.actors.EDITOR,
      CreateReportInputSchema.parse({
        title: "Long ago",
        scope: "WORKSPACE",
        fromDate: "2000-01-01",
        toDate: "2000-02-01",
      }),
    );
    await publishReport(ws.actors.REVIEWER, old.id);
    expect(
      (await findPublishedReportsForClaim(ws.actors.VIEWER, submitted.claim.id)).map((r) => r.title).sort(),
    ).toEqual(["Chosen claims", "Fact-check of the article", "This year"]);

    await reviewVerdict(
      ws.actors.REVIEWER,
      ReviewVerdictInputSchema.parse({
        verdictId: submitted.verdict!.id,
        lockVersion: 2,
        decision: "APPROVE",
        correctionNote: "Added.",
      }),
    );
    const rows = await db.reportCorrection.findMany({
      where: { workspaceId: ws.workspace.id },
      select: { reportId: true },
    });
    expect(rows.map((r) => r.reportId).sort()).toEqual([report.id, claims.id, range.id].sort());

    // once unpublished, the reports need no note
    for (const id of [report.id, range.id, claims.id, old.id]) await unpublishReport(ws.actors.REVIEWER, id);
    await reviseVerdict(
      ws.actors.EDITOR,
      ReviseVerdictInputSchema.parse({ verdictId: approved.verdict!.id, lockVersion: 3, ...NEW_CONTENT }),
    );
    expect(await db.reportCorrection.count({ where: { workspaceId: ws.workspace.id } })).toBe(3);
  });
});
