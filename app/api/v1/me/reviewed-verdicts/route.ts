import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { listMyReviewedVerdictsRoute } from "@/lib/api/review-queue/contracts";
import { findMyReviewedVerdictsPage } from "@/lib/api/review-queue/find-my-reviewed-verdicts-page";

export const GET = handleRoute(listMyReviewedVerdictsRoute, async ({ actor, query, url, headers }) => {
  const page = await findMyReviewedVerdictsPage(actor, query);
  linkPages(url, headers, page);
  return page;
});
