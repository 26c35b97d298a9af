import { z } from "zod";
import { choiceFilter, firstValues, listQueryFields, type ListSort } from "@/lib/paging/list-query";

/** How many reports one page of the list shows. */
export const REPORTS_PAGE_SIZE = 50;

/**
 * Served by the indexes on (workspaceId, createdAt) and (workspaceId,
 * publishedAt). Sorting by publication lists the published reports only.
 */
export const REPORT_SORTS = {
  newest: { field: "createdAt", direction: "desc", type: "date", label: "Newest" },
  published: { field: "publishedAt", direction: "desc", type: "date", label: "Recently published" },
} as const satisfies Record<string, ListSort>;
export type ReportSort = keyof typeof REPORT_SORTS;

export const ReportListQuerySchema = z.object({
  ...listQueryFields(["newest", "published"] as const satisfies readonly ReportSort[], REPORTS_PAGE_SIZE),
  /** published ones, or drafts (never published, or unpublished) */
  state: choiceFilter(["published", "drafts"] as const),
});
export type ReportListQuery = z.output<typeof ReportListQuerySchema>;

export function parseReportListQuery(params: Record<string, string | string[] | undefined>): ReportListQuery {
  return ReportListQuerySchema.parse(firstValues(params));
}
