import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { webhookEndpointScope } from "@/lib/webhooks/scope";
import { TEST_EVENT_TYPE } from "@/lib/webhooks/events";
import { writeDeliveries } from "@/lib/webhooks/queue-webhook-event";
import { enqueueWhenCommitted } from "@/lib/webhooks/enqueue-webhook-deliveries";
import type { Actor } from "@/lib/policy/actor";

/**
 * Admins (webhook.manage): sends a `webhook.test` event to one endpoint,
 * enabled or not and whatever it subscribed to, so the admin can see the
 * receiver answer in the delivery log. Audited.
 */
export async function sendTestWebhook(actor: Actor, endpointId: string): Promise<{ id: string }> {
  authorize(actor, "webhook.manage");
  const [id] = await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({
      where: webhookEndpointScope(actor, endpointId),
      select: { id: true },
    });
    if (!endpoint) throw new NotFoundError("Webhook endpoint");
    const payload = {
      type: TEST_EVENT_TYPE,
      timestamp: new Date().toISOString(),
      data: {
        endpoint: { id: endpoint.id },
        message: "A test event sent from Factdesk: your endpoint receives and verifies webhooks.",
      },
    } as const;
    const ids = await writeDeliveries(tx, actor.workspaceId, TEST_EVENT_TYPE, payload, [endpoint.id]);
    await recordAuditEvent(tx, actor, {
      action: "webhook_endpoint.tested",
      entityType: "WebhookEndpoint",
      entityId: endpoint.id,
      after: { deliveryId: ids[0] },
    });
    return ids;
  });
  enqueueWhenCommitted([id!]);
  return { id: id! };
}
