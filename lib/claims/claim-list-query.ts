import { z } from "zod";
import { VERDICT_STATUS_STEPS } from "@/lib/i18n/labels";
import { choiceFilter, firstValues, listQueryFields, textFilter, type ListSort } from "@/lib/paging/list-query";

/** How many claims one page of the list shows. */
export const CLAIMS_PAGE_SIZE = 50;

/**
 * The claim list's sorts. Newest and oldest are served by the index on
 * (workspaceId, createdAt); recently updated by the one on (workspaceId,
 * updatedAt, id), one range scan at any depth. "Most appearances" is not
 * offered: a count per claim cannot be read from an index.
 */
export const CLAIM_SORTS = {
  updated: { field: "updatedAt", direction: "desc", type: "date", label: "Recently updated" },
  newest: { field: "createdAt", direction: "desc", type: "date", label: "Newest" },
  oldest: { field: "createdAt", direction: "asc", type: "date", label: "Oldest" },
} as const satisfies Record<string, ListSort>;
export type ClaimSort = keyof typeof CLAIM_SORTS;

/** A verdict status, or NONE: claims without any verdict the actor may see. */
export const CLAIM_VERDICT_FILTERS = ["NONE", ...VERDICT_STATUS_STEPS] as const;
export type ClaimVerdictFilter = (typeof CLAIM_VERDICT_FILTERS)[number];

export const ClaimListQuerySchema = z.object({
  ...listQueryFields(["updated", "newest", "oldest"] as const satisfies readonly ClaimSort[], CLAIMS_PAGE_SIZE),
  verdict: choiceFilter(CLAIM_VERDICT_FILTERS),
  /** "me": claims the actor is assigned to, as editor or reviewer */
  assigned: choiceFilter(["me"] as const),
  /** text in the claimant's name */
  claimant: textFilter,
});
export type ClaimListQuery = z.output<typeof ClaimListQuerySchema>;

export function parseClaimListQuery(params: Record<string, string | string[] | undefined>): ClaimListQuery {
  return ClaimListQuerySchema.parse(firstValues(params));
}
