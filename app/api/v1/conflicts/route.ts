import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { listConflictsRoute } from "@/lib/api/conflicts/contracts";
import { findConflictsPage } from "@/lib/api/conflicts/find-conflicts-page";

export const GET = handleRoute(listConflictsRoute, async ({ actor, query, url, headers }) => {
  const page = await findConflictsPage(actor, query);
  linkPages(url, headers, page);
  return page;
});
