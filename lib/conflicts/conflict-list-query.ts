import { z } from "zod";
import { choiceFilter, firstValues, listQueryFields, type ListSort } from "@/lib/paging/list-query";
import { ConflictStatusFilterSchema } from "./schemas";

/** How many conflicts one page of the list shows. */
export const CONFLICTS_PAGE_SIZE = 50;

/** Both sorts are served by the index on (workspaceId, status, createdAt). */
export const CONFLICT_SORTS = {
  newest: { field: "createdAt", direction: "desc", type: "date", label: "Newest" },
  oldest: { field: "createdAt", direction: "asc", type: "date", label: "Oldest" },
} as const satisfies Record<string, ListSort>;
export type ConflictSort = keyof typeof CONFLICT_SORTS;

export const CONFLICT_KINDS = ["FIGURE_MISMATCH", "QUOTE_MISMATCH", "VERDICT_DISAGREEMENT"] as const;

export const ConflictListQuerySchema = z.object({
  ...listQueryFields(["newest", "oldest"] as const satisfies readonly ConflictSort[], CONFLICTS_PAGE_SIZE),
  status: ConflictStatusFilterSchema.catch("OPEN"),
  kind: choiceFilter(CONFLICT_KINDS),
});
export type ConflictListQuery = z.output<typeof ConflictListQuerySchema>;

/** The address bar says status=resolved (lower case, as the tabs always linked); anything else is the open list. */
export function parseConflictListQuery(params: Record<string, string | string[] | undefined>): ConflictListQuery {
  const values = firstValues(params);
  return ConflictListQuerySchema.parse({ ...values, status: values.status?.toUpperCase() });
}
