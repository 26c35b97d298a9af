import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { listWebhookDeliveriesRoute } from "@/lib/api/webhooks/contracts";
import { findWebhookDeliveries } from "@/lib/webhooks/find-webhook-deliveries";

export const GET = handleRoute(listWebhookDeliveriesRoute, async ({ actor, params, query, url, headers }) => {
  const page = await findWebhookDeliveries(actor, params.endpointId, query);
  linkPages(url, headers, page);
  return page;
});
