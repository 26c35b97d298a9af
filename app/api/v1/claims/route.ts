import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { createClaimRoute, listClaimsRoute } from "@/lib/api/claims/contracts";
import { findClaimsPage } from "@/lib/api/claims/find-claims-page";
import { createClaim } from "@/lib/claims/create-claim";
import { getClaim } from "@/lib/claims/get-claim";

export const GET = handleRoute(listClaimsRoute, async ({ actor, query, url, headers }) => {
  const page = await findClaimsPage(actor, query);
  linkPages(url, headers, page);
  return page;
});

export const POST = handleRoute(createClaimRoute, async ({ actor, body, url, headers }) => {
  const { id } = await createClaim(actor, body.value);
  headers.set("Location", `${url.pathname}/${id}`);
  return getClaim(actor, id);
});
