import { handleRoute } from "@/lib/api/http/handle-route";
import { rotateWebhookSecretRoute } from "@/lib/api/webhooks/contracts";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";

export const POST = handleRoute(rotateWebhookSecretRoute, async ({ actor, params }) =>
  rotateWebhookSecret(actor, params.endpointId),
);
