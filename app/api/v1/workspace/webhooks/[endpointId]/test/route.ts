import { handleRoute } from "@/lib/api/http/handle-route";
import { sendTestWebhookRoute } from "@/lib/api/webhooks/contracts";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { getWebhookDelivery } from "@/lib/webhooks/find-webhook-deliveries";

export const POST = handleRoute(sendTestWebhookRoute, async ({ actor, params }) => {
  const test = await sendTestWebhook(actor, params.endpointId);
  return getWebhookDelivery(actor, test.id);
});
