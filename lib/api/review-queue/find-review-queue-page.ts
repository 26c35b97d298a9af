import { InvalidCursorError, type Page } from "@/lib/paging/keyset";
import { MalformedCursorError } from "@/lib/paging/newest-first";
import { findReviewQueue, type QueueItemDto } from "@/lib/verdicts/find-review-queue";
import type { ReviewQueuePageQuery } from "@/lib/api/review-queue/contracts";
import type { Actor } from "@/lib/policy/actor";

/**
 * Editors and up: one page of the review queue as the app's review page reads
 * it (lib/verdicts/find-review-queue authorizes and scopes), at the page size
 * the client chose; a forged cursor is a malformed request (400).
 */
export async function findReviewQueuePage(actor: Actor, query: ReviewQueuePageQuery): Promise<Page<QueueItemDto>> {
  try {
    return await findReviewQueue(actor, {
      sort: query.sort,
      assigned: query.assigned,
      cursor: query.cursor,
      pageSize: query.limit,
    });
  } catch (error) {
    if (error instanceof InvalidCursorError) throw new MalformedCursorError();
    throw error;
  }
}
