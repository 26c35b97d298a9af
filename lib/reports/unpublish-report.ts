import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { reportScope } from "@/lib/reports/scope";
import type { Actor } from "@/lib/policy/actor";

/**
 * Reviewers and up ("report.publish"): takes a report off its public URL,
 * which then answers 404. The token is kept for a later republish. Audited.
 */
export async function unpublishReport(actor: Actor, reportId: string): Promise<void> {
  authorize(actor, "report.publish");
  await db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({
      where: reportScope(actor, reportId),
      select: { id: true, publishedAt: true },
    });
    if (!report) throw new NotFoundError("Report");
    if (!report.publishedAt) return;
    await tx.report.updateMany({
      where: reportScope(actor, report.id),
      data: { publishedAt: null, publishedById: null },
    });
    await recordAuditEvent(tx, actor, {
      action: "report.unpublished",
      entityType: "Report",
      entityId: report.id,
      before: { publishedAt: report.publishedAt },
      after: { publishedAt: null },
    });
  });
}
