import { handleRoute } from "@/lib/api/handle-route";
import { linkNextPage } from "@/lib/api/link-next-page";
import { listWebhookDeliveriesRoute } from "@/lib/api/webhooks/contracts";
import { findWebhookDeliveries } from "@/lib/webhooks/find-webhook-deliveries";

export const GET = handleRoute(listWebhookDeliveriesRoute, async ({ actor, params, query, url, headers }) => {
  const page = await findWebhookDeliveries(actor, params.endpointId, query);
  linkNextPage(url, headers, page.nextCursor);
  return page;
});
