import { ConflictError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueWebhookEvent } from "@/lib/webhooks/queue-webhook-event";
import { pendingCorrectionScope, reportScope } from "@/lib/reports/scope";
import type { Actor } from "@/lib/policy/actor";
import type { ResolvePendingCorrectionsInput } from "@/lib/reports/schemas";
import { notify, notifyingTransaction } from "@/lib/notifications/notify";
import { reportCorrectedNotifications } from "@/lib/reports/report-corrected-notifications";

/**
 * Reviewers and up ("report.publish"): writes the dated correction a published
 * report needs after changes reached it without a note (a new article version
 * changed a figure or a quote it shows). One ReportCorrection per claim
 * concerned, and every pending change of the report is resolved. Audited;
 * whoever wrote for the report is notified.
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
    const pending = await tx.reportPendingCorrection.findMany({
      where: { ...pendingCorrectionScope(actor), reportId: report.id, resolvedAt: null },
      select: { id: true, claimId: true, reason: true },
    });
    if (pending.length === 0 || !report.publishedAt)
      throw new ConflictError("This report has no change waiting for a correction.");
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
