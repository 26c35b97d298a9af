import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { listSourcesRoute } from "@/lib/api/sources/contracts";
import { findSourcesPage } from "@/lib/api/sources/find-sources-page";

export const GET = handleRoute(listSourcesRoute, async ({ actor, query, url, headers }) => {
  const page = await findSourcesPage(actor, query);
  linkPages(url, headers, page);
  return page;
});
