import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { listClaimVerdictsRoute } from "@/lib/api/verdicts/contracts";
import { findVerdictsPage } from "@/lib/api/verdicts/find-verdicts-page";

export const GET = handleRoute(listClaimVerdictsRoute, async ({ actor, params, query, url, headers }) => {
  const page = await findVerdictsPage(actor, params.claimId, query);
  linkPages(url, headers, page);
  return page;
});
