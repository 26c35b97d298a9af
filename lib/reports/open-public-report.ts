import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { REPORT_RECORD_SELECT, type ReportRecord } from "@/lib/reports/scope";
import type { PublicReportAccess } from "@/lib/reports/content/report-access";

/** The shape of the tokens publishReport makes: 32 random bytes in base64url. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

/**
 * Signed out: the published report behind a public token, with the access
 * that lets the loaders read its published (approved-only) output. An
 * unknown, malformed or unpublished token is NotFound (404), all alike.
 */
export async function openPublicReport(token: string): Promise<{ access: PublicReportAccess; record: ReportRecord }> {
  if (!TOKEN_FORMAT.test(token)) throw new NotFoundError("Report");
  const record = await db.report.findFirst({
    where: { publicToken: token, publishedAt: { not: null } },
    select: REPORT_RECORD_SELECT,
  });
  if (!record) throw new NotFoundError("Report");
  return { access: { kind: "public", workspaceId: record.workspaceId, reportId: record.id }, record };
}
