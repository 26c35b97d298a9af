import { handleRoute } from "@/lib/api/http/handle-route";
import { listWebhookEndpointsRoute, registerWebhookEndpointRoute } from "@/lib/api/webhooks/contracts";
import { findWebhookEndpoints } from "@/lib/webhooks/find-webhook-endpoints";
import { registerWebhookEndpoint } from "@/lib/webhooks/register-webhook-endpoint";

export const GET = handleRoute(listWebhookEndpointsRoute, async ({ actor }) => ({
  items: await findWebhookEndpoints(actor),
}));

export const POST = handleRoute(registerWebhookEndpointRoute, async ({ actor, body, url, headers }) => {
  const endpoint = await registerWebhookEndpoint(actor, body.value);
  headers.set("Location", `${url.pathname}/${endpoint.id}`);
  return endpoint;
});
