import { db } from "@/lib/db/client";
import { authorize, can } from "@/lib/policy/policy";
import { reportScope } from "@/lib/reports/scope";
import type { Actor } from "@/lib/policy/actor";
import type { ReportScope } from "@/lib/generated/prisma/enums";

export interface ReportListItemDto {
  id: string;
  title: string;
  scope: ReportScope;
  publishedAt: Date | null;
  createdAt: Date;
  corrections: number;
}

/** The most reports a list shows (newest first). */
export const REPORT_LIST_LIMIT = 200;

/** Any member: the workspace's reports, newest first; viewers see the published ones only. */
export async function findReports(actor: Actor): Promise<ReportListItemDto[]> {
  authorize(actor, "report.exportPublished");
  const rows = await db.report.findMany({
    where: { ...reportScope(actor), ...(can(actor, "report.exportInternal") ? {} : { publishedAt: { not: null } }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: REPORT_LIST_LIMIT,
    select: { id: true, title: true, scope: true, publishedAt: true, createdAt: true, _count: { select: { corrections: true } } },
  });
  return rows.map(({ _count, ...r }) => ({ ...r, corrections: _count.corrections }));
}
