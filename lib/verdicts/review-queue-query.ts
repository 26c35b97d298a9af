import { z } from "zod";
import { choiceFilter, firstValues, listQueryFields, type ListSort } from "@/lib/paging/list-query";

/** How many waiting verdicts one page of the review queue shows. */
export const REVIEW_QUEUE_PAGE_SIZE = 50;

/**
 * The queue's sorts by when a verdict was submitted (its last change), both
 * served by the index on (workspaceId, status, updatedAt). Oldest first is
 * the default: what waited longest is reviewed first.
 */
export const REVIEW_QUEUE_SORTS = {
  oldest: { field: "updatedAt", direction: "asc", type: "date", label: "Waiting longest" },
  newest: { field: "updatedAt", direction: "desc", type: "date", label: "Newest submitted" },
} as const satisfies Record<string, ListSort>;
export type ReviewQueueSort = keyof typeof REVIEW_QUEUE_SORTS;

export const ReviewQueueQuerySchema = z.object({
  ...listQueryFields(["oldest", "newest"] as const satisfies readonly ReviewQueueSort[], REVIEW_QUEUE_PAGE_SIZE),
  /** "me": verdicts on claims whose assigned reviewer is the actor */
  assigned: choiceFilter(["me"] as const),
});
export type ReviewQueueQuery = z.output<typeof ReviewQueueQuerySchema>;

export function parseReviewQueueQuery(params: Record<string, string | string[] | undefined>): ReviewQueueQuery {
  return ReviewQueueQuerySchema.parse(firstValues(params));
}
