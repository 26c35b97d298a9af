import { handleRoute } from "@/lib/api/handle-route";
import { linkNextPage } from "@/lib/api/link-next-page";
import { listConflictsRoute } from "@/lib/api/conflicts/contracts";
import { findConflictsPage } from "@/lib/api/conflicts/find-conflicts-page";

export const GET = handleRoute(listConflictsRoute, async ({ actor, query, url, headers }) => {
  const page = await findConflictsPage(actor, query);
  linkNextPage(url, headers, page.nextCursor);
  return page;
});
