import { handleRoute } from "@/lib/api/handle-route";
import { linkNextPage } from "@/lib/api/link-next-page";
import { listClaimVerdictsRoute } from "@/lib/api/verdicts/contracts";
import { findVerdictsPage } from "@/lib/api/verdicts/find-verdicts-page";

export const GET = handleRoute(listClaimVerdictsRoute, async ({ actor, params, query, url, headers }) => {
  const page = await findVerdictsPage(actor, params.claimId, query);
  linkNextPage(url, headers, page.nextCursor);
  return page;
});
