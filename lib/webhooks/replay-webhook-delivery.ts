import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { webhookDeliveryScope } from "@/lib/webhooks/scope";
import { enqueueWhenCommitted } from "@/lib/webhooks/enqueue-webhook-deliveries";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/**
 * Admins (webhook.manage): sends a delivery again, as a new delivery with the
 * same message id (webhook-id) and body, so a receiver that already handled
 * it can recognize it; signed anew, with the endpoint's current secret. Any
 * delivery may be replayed, delivered or not; with `endpointId`, only one of
 * that endpoint. Audited.
 */
export async function replayWebhookDelivery(
  actor: Actor,
  deliveryId: string,
  endpointId?: string,
): Promise<{ id: string }> {
  authorize(actor, "webhook.manage");
  const replay = await db.$transaction(async (tx) => {
    const original = await tx.webhookDelivery.findFirst({
      where: webhookDeliveryScope(actor, { deliveryId, ...(endpointId !== undefined ? { endpointId } : {}) }),
      select: { id: true, endpointId: true, messageId: true, eventType: true, payload: true },
    });
    if (!original) throw new NotFoundError("Webhook delivery");
    const row = await tx.webhookDelivery.create({
      data: {
        workspaceId: actor.workspaceId,
        endpointId: original.endpointId,
        messageId: original.messageId,
        eventType: original.eventType,
        payload: original.payload as Prisma.InputJsonValue,
        replayOfId: original.id,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, actor, {
      action: "webhook_delivery.replayed",
      entityType: "WebhookDelivery",
      entityId: row.id,
      after: {
        replayOf: original.id,
        endpointId: original.endpointId,
        messageId: original.messageId,
        eventType: original.eventType,
      },
    });
    return row;
  });
  enqueueWhenCommitted([replay.id]);
  return replay;
}
