import { InvalidCursorError } from "@/lib/paging/keyset";
import { MalformedCursorError, type PageQuery } from "@/lib/paging/newest-first";
import { findMyReviewedVerdicts, type MyReviewedVerdictPage } from "@/lib/verdicts/find-my-reviewed-verdicts";
import type { Actor } from "@/lib/policy/actor";

/**
 * Editors and up: one page of the actor's verdicts that reviewers acted on,
 * as the review page lists them below the queue, with how many there are in
 * all; a forged cursor is a malformed request (400).
 */
export async function findMyReviewedVerdictsPage(actor: Actor, query: PageQuery): Promise<MyReviewedVerdictPage> {
  try {
    return await findMyReviewedVerdicts(actor, { cursor: query.cursor, pageSize: query.limit });
  } catch (error) {
    if (error instanceof InvalidCursorError) throw new MalformedCursorError();
    throw error;
  }
}
