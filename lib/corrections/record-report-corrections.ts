import type { Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueWebhookEvent } from "@/lib/webhooks/queue-webhook-event";
import type { Actor } from "@/lib/policy/actor";
import type { CoveringReport } from "@/lib/corrections/published-reports-covering-claim";

/**
 * Inside the transaction of a verdict change: one dated correction per
 * published report the change affects, each audited. The public page of each
 * report lists them. Telling whoever wrote for a report is the caller's part
 * (lib/verdicts/require-correction-note.ts): the notification reads the
 * report's content, which lib/corrections does not depend on.
 */
export async function recordReportCorrections(
  tx: Tx,
  actor: Actor,
  change: { reports: CoveringReport[]; claimId: string; verdictId: string; note: string },
): Promise<void> {
  for (const report of change.reports) {
    const correction = await tx.reportCorrection.create({
      data: {
        workspaceId: actor.workspaceId,
        reportId: report.id,
        claimId: change.claimId,
        verdictId: change.verdictId,
        note: change.note,
        createdById: actor.userId,
      },
      select: { id: true, createdAt: true },
    });
    await recordAuditEvent(tx, actor, {
      action: "report.corrected",
      entityType: "Report",
      entityId: report.id,
      after: { correctionId: correction.id, claimId: change.claimId, verdictId: change.verdictId, note: change.note },
    });
    await queueWebhookEvent(tx, actor.workspaceId, "correction.issued", { correctionId: correction.id });
  }
}
