import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { authorize, can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import type { ReportRecord } from "@/lib/reports/scope";

/**
 * A signed-out reader holding a published report's public token. Only
 * openPublicReport makes one, after finding the report published; it grants
 * the published (approved-only) output of that one report and nothing else.
 */
export interface PublicReportAccess {
  readonly kind: "public";
  readonly workspaceId: string;
  readonly reportId: string;
}

/** Who reads a report: a member of its workspace, or the public through its token. */
export type ReportReader = Actor | PublicReportAccess;

export function isPublicAccess(reader: ReportReader): reader is PublicReportAccess {
  return "kind" in reader && reader.kind === "public";
}

/**
 * SECURITY choke point for every report read and export. Internal output
 * (may include unapproved verdicts) needs "report.exportInternal" (editors
 * and up). Published output (approved verdicts only): editors and up always
 * (they preview it before publishing); viewers ("report.exportPublished") only
 * while the report is published; the public only through the token of a
 * published report. Another workspace's report is NotFound.
 */
export function authorizeReportRead(
  reader: ReportReader,
  report: Pick<ReportRecord, "id" | "workspaceId" | "publishedAt">,
  options: { internal: boolean },
): void {
  if (isPublicAccess(reader)) {
    if (
      reader.reportId !== report.id ||
      reader.workspaceId !== report.workspaceId ||
      options.internal ||
      report.publishedAt === null
    )
      throw new NotFoundError("Report");
    return;
  }
  if (reader.workspaceId !== report.workspaceId) throw new NotFoundError("Report");
  const resource = { workspaceId: report.workspaceId };
  if (options.internal) return authorize(reader, "report.exportInternal", resource);
  if (can(reader, "report.exportInternal", resource)) return;
  authorize(reader, "report.exportPublished", resource);
  if (report.publishedAt === null)
    throw new ForbiddenError("This report is not published yet: viewers can read and export published reports only.");
}
