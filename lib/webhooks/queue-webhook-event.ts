import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EVENT_DATA } from "@/lib/webhooks/event-data";
import type { WebhookEventSubjects, WebhookEventType, WebhookPayload } from "@/lib/webhooks/events";
import { newWebhookMessageId } from "@/lib/webhooks/sign";
import { enqueueWhenCommitted } from "@/lib/webhooks/enqueue-webhook-deliveries";

/**
 * Called INSIDE the transaction of the change: writes one WebhookDelivery per
 * enabled endpoint of the workspace subscribed to `type`, so a delivery
 * exists exactly when the change committed (a rolled-back change sends
 * nothing, a committed one is never lost). Once the transaction commits, each
 * delivery becomes a `webhooks.deliver` job; the minute's sweep enqueues any
 * left behind. Costs one indexed query when nobody subscribed.
 */
export async function queueWebhookEvent<T extends WebhookEventType>(
  tx: Tx,
  workspaceId: string,
  type: T,
  subject: WebhookEventSubjects[T],
): Promise<string[]> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { workspaceId, enabled: true, events: { has: type } },
    select: { id: true },
  });
  if (endpoints.length === 0) return [];
  const workspace = await tx.workspace.findUniqueOrThrow({
    where: { id: workspaceId },
    select: { id: true, slug: true },
  });
  const payload: WebhookPayload = {
    type,
    timestamp: new Date().toISOString(),
    data: await EVENT_DATA[type](tx, workspace, subject),
  };
  const ids = await writeDeliveries(
    tx,
    workspaceId,
    type,
    payload,
    endpoints.map((e) => e.id),
  );
  enqueueWhenCommitted(ids);
  return ids;
}

/** One PENDING delivery per endpoint, each with a message id of its own. */
export async function writeDeliveries(
  tx: Tx,
  workspaceId: string,
  eventType: string,
  payload: WebhookPayload,
  endpointIds: readonly string[],
): Promise<string[]> {
  // dates become ISO strings, as the receiver reads them
  const json = JSON.parse(JSON.stringify(payload)) as Prisma.InputJsonValue;
  const rows = await tx.webhookDelivery.createManyAndReturn({
    data: endpointIds.map((endpointId) => ({
      workspaceId,
      endpointId,
      messageId: newWebhookMessageId(),
      eventType,
      payload: json,
    })),
    select: { id: true },
  });
  return rows.map((r) => r.id);
}
