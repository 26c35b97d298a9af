import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { webhookEndpointScope } from "@/lib/webhooks/scope";
import { generateWebhookSecret } from "@/lib/webhooks/sign";
import { sealWebhookSecret } from "@/lib/webhooks/webhook-secret-box";
import {
  toWebhookEndpointDto,
  WEBHOOK_ENDPOINT_SELECT,
  type WebhookEndpointWithSecret,
} from "@/lib/webhooks/webhook-endpoint-dto";
import type { Actor } from "@/lib/policy/actor";

/**
 * Admins (webhook.manage): gives the endpoint a new signing secret, returned
 * this once; every try from now on (retries and replays of older events too)
 * is signed with it. Audited (without either secret).
 */
export async function rotateWebhookSecret(actor: Actor, endpointId: string): Promise<WebhookEndpointWithSecret> {
  authorize(actor, "webhook.manage");
  const secret = generateWebhookSecret();
  return db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: webhookEndpointScope(actor, endpointId),
      data: { secret: sealWebhookSecret(endpointId, secret) },
    });
    if (count === 0) throw new NotFoundError("Webhook endpoint");
    const row = await tx.webhookEndpoint.findFirstOrThrow({
      where: webhookEndpointScope(actor, endpointId),
      select: WEBHOOK_ENDPOINT_SELECT,
    });
    await recordAuditEvent(tx, actor, {
      action: "webhook_endpoint.secret_rotated",
      entityType: "WebhookEndpoint",
      entityId: row.id,
    });
    return { ...toWebhookEndpointDto(row), secret };
  });
}
