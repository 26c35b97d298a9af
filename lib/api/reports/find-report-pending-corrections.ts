import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { reportScope } from "@/lib/reports/scope";
import { findPendingCorrections, type PendingCorrectionDto } from "@/lib/reports/find-pending-corrections";
import type { Actor } from "@/lib/policy/actor";

/**
 * Editors and up: the changes waiting for a correction in one report of the
 * workspace, oldest first. The report is loaded through its scope first, so
 * another workspace's report is "not found" rather than an empty list.
 */
export async function findReportPendingCorrections(actor: Actor, reportId: string): Promise<PendingCorrectionDto[]> {
  authorize(actor, "report.exportInternal");
  const report = await db.report.findFirst({ where: reportScope(actor, reportId), select: { id: true } });
  if (!report) throw new NotFoundError("Report");
  return findPendingCorrections(actor, { reportId: report.id });
}
