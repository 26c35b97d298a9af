import { handleRoute } from "@/lib/api/http/handle-route";
import {
  deleteWebhookEndpointRoute,
  getWebhookEndpointRoute,
  updateWebhookEndpointRoute,
} from "@/lib/api/webhooks/contracts";
import { getWebhookEndpoint } from "@/lib/webhooks/find-webhook-endpoints";
import { updateWebhookEndpoint } from "@/lib/webhooks/update-webhook-endpoint";
import { deleteWebhookEndpoint } from "@/lib/webhooks/delete-webhook-endpoint";

export const GET = handleRoute(getWebhookEndpointRoute, async ({ actor, params }) =>
  getWebhookEndpoint(actor, params.endpointId),
);

export const PATCH = handleRoute(updateWebhookEndpointRoute, async ({ actor, params, body }) =>
  updateWebhookEndpoint(actor, params.endpointId, body.value),
);

export const DELETE = handleRoute(deleteWebhookEndpointRoute, async ({ actor, params }) => {
  await deleteWebhookEndpoint(actor, params.endpointId);
});
