import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { listMembersRoute } from "@/lib/api/members/contracts";
import { findApiMembers } from "@/lib/api/members/find-api-members";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { MalformedCursorError } from "@/lib/paging/newest-first";

export const GET = handleRoute(listMembersRoute, async ({ actor, query, url, headers }) => {
  const read = { cursor: query.cursor, pageSize: query.limit, q: query.q?.trim() || undefined };
  const page = await findApiMembers(actor, read).catch((error: unknown) => {
    throw error instanceof InvalidCursorError ? new MalformedCursorError() : error;
  });
  linkPages(url, headers, page);
  return page;
});
