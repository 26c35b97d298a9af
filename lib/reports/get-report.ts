import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorizeReportRead } from "@/lib/reports/content/report-access";
import { REPORT_RECORD_SELECT, reportScope, type ReportRecord } from "@/lib/reports/scope";
import type { Actor } from "@/lib/policy/actor";

export interface ReportDto {
  /** what the loaders need (server side only) */
  record: ReportRecord;
  createdByName: string;
  /** the public token while published, else null */
  publicToken: string | null;
}

/**
 * Any member who may read the report's output (see authorizeReportRead):
 * editors and up any report of the workspace, viewers a published one
 * (ForbiddenError otherwise). Another workspace's report is NotFound.
 */
export async function getReport(actor: Actor, reportId: string, options: { internal: boolean }): Promise<ReportDto> {
  const record = await db.report.findFirst({ where: reportScope(actor, reportId), select: REPORT_RECORD_SELECT });
  if (!record) throw new NotFoundError("Report");
  authorizeReportRead(actor, record, options);
  const creator = await db.user.findUnique({ where: { id: record.createdById }, select: { name: true, email: true } });
  return {
    record,
    createdByName: creator?.name ?? creator?.email ?? "Unknown",
    publicToken: record.publishedAt ? record.publicToken : null,
  };
}
