import { handleRoute } from "@/lib/api/handle-route";
import { linkNextPage } from "@/lib/api/link-next-page";
import { listSourcesRoute } from "@/lib/api/sources/contracts";
import { findSourcesPage } from "@/lib/api/sources/find-sources-page";

export const GET = handleRoute(listSourcesRoute, async ({ actor, query, url, headers }) => {
  const page = await findSourcesPage(actor, query);
  linkNextPage(url, headers, page.nextCursor);
  return page;
});
