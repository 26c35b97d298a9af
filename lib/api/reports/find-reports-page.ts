import { db } from "@/lib/db/client";
import { authorize, can } from "@/lib/policy/policy";
import { reportScope } from "@/lib/reports/scope";
import { pageArgs, toPage, type Page, type PageQuery } from "@/lib/paging/newest-first";
import type { Actor } from "@/lib/policy/actor";
import type { ReportScope } from "@/lib/generated/prisma/enums";

export interface ReportSummaryDto {
  id: string;
  title: string;
  scope: ReportScope;
  publishedAt: Date | null;
  /** the public link's secret while published */
  publicToken: string | null;
  createdAt: Date;
}

/**
 * Any member: one page of the workspace's saved reports, newest first;
 * viewers see the published ones only (as findReports does for the app).
 */
export async function findReportsPage(actor: Actor, query: PageQuery): Promise<Page<ReportSummaryDto>> {
  authorize(actor, "report.exportPublished");
  const { where, ...paging } = pageArgs(query);
  const rows = await db.report.findMany({
    where: {
      ...reportScope(actor),
      ...(can(actor, "report.exportInternal") ? {} : { publishedAt: { not: null } }),
      ...where,
    },
    ...paging,
    select: { id: true, title: true, scope: true, publishedAt: true, publicToken: true, createdAt: true },
  });
  return toPage(rows, query, (row) => ({ ...row, publicToken: row.publishedAt ? row.publicToken : null }));
}
