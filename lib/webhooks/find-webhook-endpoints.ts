import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { webhookEndpointScope } from "@/lib/webhooks/scope";
import {
  toWebhookEndpointDto,
  WEBHOOK_ENDPOINT_SELECT,
  type WebhookEndpointDto,
} from "@/lib/webhooks/webhook-endpoint-dto";
import type { Actor } from "@/lib/policy/actor";

/**
 * Admins (webhook.manage): all the workspace's endpoints, newest first,
 * without their secrets. Not paged: registration keeps them to
 * MAX_WEBHOOK_ENDPOINTS (lib/webhooks/schemas.ts).
 */
export async function findWebhookEndpoints(actor: Actor): Promise<WebhookEndpointDto[]> {
  authorize(actor, "webhook.manage");
  const rows = await db.webhookEndpoint.findMany({
    where: webhookEndpointScope(actor),
    select: WEBHOOK_ENDPOINT_SELECT,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map(toWebhookEndpointDto);
}

/** Admins (webhook.manage): one endpoint of the workspace, or NotFound. */
export async function getWebhookEndpoint(actor: Actor, endpointId: string): Promise<WebhookEndpointDto> {
  authorize(actor, "webhook.manage");
  const row = await db.webhookEndpoint.findFirst({
    where: webhookEndpointScope(actor, endpointId),
    select: WEBHOOK_ENDPOINT_SELECT,
  });
  if (!row) throw new NotFoundError("Webhook endpoint");
  return toWebhookEndpointDto(row);
}
