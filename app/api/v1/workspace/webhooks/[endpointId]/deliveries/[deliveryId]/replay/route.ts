import { handleRoute } from "@/lib/api/http/handle-route";
import { replayWebhookDeliveryRoute } from "@/lib/api/webhooks/contracts";
import { replayWebhookDelivery } from "@/lib/webhooks/replay-webhook-delivery";
import { getWebhookDelivery } from "@/lib/webhooks/find-webhook-deliveries";

export const POST = handleRoute(replayWebhookDeliveryRoute, async ({ actor, params }) => {
  const replay = await replayWebhookDelivery(actor, params.deliveryId, params.endpointId);
  return getWebhookDelivery(actor, replay.id);
});
