import type { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueWebhookEvent } from "@/lib/webhooks/queue-webhook-event";
import { pendingCorrectionScope, reportScope } from "@/lib/reports/scope";
import type { Actor } from "@/lib/policy/actor";
import type { ResolvePendingCorrectionsInput } from "@/lib/reports/schemas";
import { notify, notifyingTransaction } from "@/lib/notifications/notify";
import { reportCorrectedNotifications } from "@/lib/reports/report-corrected-notifications";

/** The order the reviewer read the changes in (findPendingCorrections' OLDEST_FIRST), so "through" means what they saw. */
const OLDEST_FIRST_ROWS: Prisma.ReportPendingCorrectionOrderByWithRelationInput[] = [
  { createdAt: "asc" },
  { id: "asc" },
];

/**
 * Reviewers and up ("report.publish"): writes the dated correction a published
 * report needs after changes reached it without a note (a new article version
 * changed a figure or a quote it shows). One ReportCorrection per claim
 * concerned. Resolves every pending change of the report, or, with
 * `throughId`, those up to the last one the reviewer read, so a change that
 * arrived while they wrote is never covered by a note that did not see it.
 * Audited; whoever wrote for the report is notified.
 */
export async function resolvePendingCorrections(
  actor: Actor,
  input: ResolvePendingCorrectionsInput,
): Promise<{ corrections: number }> {
  authorize(actor, "report.publish");
  return notifyingTransaction(async (tx) => {
    const report = await tx.report.findFirst({
      where: reportScope(actor, input.reportId),
      select: { id: true, publishedAt: true },
    });
    if (!report) throw new NotFoundError("Report");
    const waiting = await tx.reportPendingCorrection.findMany({
      where: { ...pendingCorrectionScope(actor), reportId: report.id, resolvedAt: null },
      orderBy: OLDEST_FIRST_ROWS,
      select: { id: true, claimId: true, reason: true },
    });
    if (waiting.length === 0 || !report.publishedAt)
      throw new ConflictError("This report has no change waiting for a correction.");
    const pending = readThrough(waiting, input.throughId);
    let corrections = 0;
    for (const claimId of new Set(pending.map((p) => p.claimId))) {
      const correction = await tx.reportCorrection.create({
        data: {
          workspaceId: actor.workspaceId,
          reportId: report.id,
          claimId,
          note: input.note,
          createdById: actor.userId,
        },
        select: { id: true },
      });
      const ids = pending.filter((p) => p.claimId === claimId).map((p) => p.id);
      await tx.reportPendingCorrection.updateMany({
        where: { ...pendingCorrectionScope(actor), id: { in: ids } },
        data: { resolvedAt: new Date(), resolvedById: actor.userId, correctionId: correction.id },
      });
      await recordAuditEvent(tx, actor, {
        action: "report.corrected",
        entityType: "Report",
        entityId: report.id,
        after: {
          correctionId: correction.id,
          claimId,
          note: input.note,
          resolves: pending.filter((p) => p.claimId === claimId).map((p) => p.reason),
        },
      });
      await queueWebhookEvent(tx, actor.workspaceId, "correction.issued", { correctionId: correction.id });
      corrections++;
    }
    await notify(
      tx,
      actor.userId,
      await reportCorrectedNotifications(tx, actor, {
        reportId: report.id,
        note: input.note,
        changedVerdictAuthorId: null,
      }),
    );
    return { corrections };
  });
}

/** The waiting changes up to and including `throughId` (all without it); refused if it no longer waits. */
function readThrough<T extends { id: string }>(waiting: T[], throughId: string | undefined): T[] {
  if (throughId === undefined) return waiting;
  const last = waiting.findIndex((p) => p.id === throughId);
  if (last < 0)
    throw new ConflictError(
      "The changes you read were corrected meanwhile, or are not this report's: reload the report to see what still waits.",
    );
  return waiting.slice(0, last + 1);
}
