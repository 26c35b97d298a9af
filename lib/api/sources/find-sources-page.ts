import { BadRequestError } from "@/lib/api/http/api-errors";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { findSources, type FindSourcesQuery } from "@/lib/sources/find-sources";
import type { Actor } from "@/lib/policy/actor";

/** findSources for the API: a forged cursor is a malformed request (400), in the API's wording. */
export async function findSourcesPage(
  actor: Actor,
  query: { limit: number; cursor?: string | undefined; health?: FindSourcesQuery["health"] },
) {
  try {
    return await findSources(actor, { pageSize: query.limit, cursor: query.cursor, health: query.health });
  } catch (error) {
    if (error instanceof InvalidCursorError)
      throw new BadRequestError("The cursor is not valid: use `nextCursor` from the previous page.", {
        cursor: ["Not a cursor of this API."],
      });
    throw error;
  }
}
