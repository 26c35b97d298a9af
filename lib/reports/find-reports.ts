import { db } from "@/lib/db/client";
import { authorize, can } from "@/lib/policy/policy";
import { reportScope } from "@/lib/reports/scope";
import { keysetArgs, toPage, type Page } from "@/lib/paging/keyset";
import { REPORT_SORTS, ReportListQuerySchema, type ReportListQuery } from "@/lib/reports/report-list-query";
import type { Prisma } from "@/lib/generated/prisma/client";
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

/**
 * Any member: one page of the workspace's reports, newest first unless
 * asked, published ones or drafts if asked; viewers see the published ones
 * only (so their drafts filter finds nothing).
 */
export async function findReports(
  actor: Actor,
  input: Partial<ReportListQuery> = {},
): Promise<Page<ReportListItemDto>> {
  authorize(actor, "report.exportPublished");
  const query = ReportListQuerySchema.parse(input);
  const order = REPORT_SORTS[query.sort];
  const published: Prisma.ReportWhereInput = { publishedAt: { not: null } };
  const { where: after, ...paging } = keysetArgs<Prisma.ReportWhereInput, Prisma.ReportOrderByWithRelationInput>(
    order,
    query.cursor,
    query.pageSize,
  );
  const rows = await db.report.findMany({
    where: {
      AND: [
        reportScope(actor),
        can(actor, "report.exportInternal") ? {} : published,
        query.sort === "published" || query.state === "published" ? published : {},
        query.state === "drafts" ? { publishedAt: null } : {},
        after,
      ],
    },
    ...paging,
    select: {
      id: true,
      title: true,
      scope: true,
      publishedAt: true,
      createdAt: true,
      _count: { select: { corrections: true } },
    },
  });
  return toPage(rows, order, query, ({ _count, ...r }) => ({ ...r, corrections: _count.corrections }));
}
