import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { MalformedCursorError, type PageQuery } from "@/lib/paging/newest-first";
import { reportScope } from "@/lib/reports/scope";
import { findPendingCorrections, type PendingCorrectionPage } from "@/lib/reports/find-pending-corrections";
import type { Actor } from "@/lib/policy/actor";

/**
 * Editors and up: one page of the changes waiting for a correction in one
 * report of the workspace, oldest first, with how many wait in all. The
 * report is loaded through its scope first, so another workspace's report is
 * "not found" rather than an empty list; a forged cursor is a malformed
 * request (400).
 */
export async function findReportPendingCorrections(
  actor: Actor,
  reportId: string,
  query: PageQuery,
): Promise<PendingCorrectionPage> {
  authorize(actor, "report.exportInternal");
  const report = await db.report.findFirst({ where: reportScope(actor, reportId), select: { id: true } });
  if (!report) throw new NotFoundError("Report");
  try {
    return await findPendingCorrections(
      actor,
      { reportId: report.id },
      { cursor: query.cursor, pageSize: query.limit },
    );
  } catch (error) {
    if (error instanceof InvalidCursorError) throw new MalformedCursorError();
    throw error;
  }
}
