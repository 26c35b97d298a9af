import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { listReviewQueueRoute } from "@/lib/api/review-queue/contracts";
import { findReviewQueuePage } from "@/lib/api/review-queue/find-review-queue-page";

export const GET = handleRoute(listReviewQueueRoute, async ({ actor, query, url, headers }) => {
  const page = await findReviewQueuePage(actor, query);
  linkPages(url, headers, page);
  return page;
});
