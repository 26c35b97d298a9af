import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every webhook endpoint read and write is limited to the actor's workspace. */
export function webhookEndpointScope(actor: Actor, endpointId?: string): Prisma.WebhookEndpointWhereInput {
  return { workspaceId: actor.workspaceId, ...(endpointId !== undefined ? { id: endpointId } : {}) };
}

/** SECURITY: deliveries of the actor's workspace (of one endpoint, when given). */
export function webhookDeliveryScope(
  actor: Actor,
  where: { endpointId?: string; deliveryId?: string } = {},
): Prisma.WebhookDeliveryWhereInput {
  return {
    workspaceId: actor.workspaceId,
    ...(where.endpointId !== undefined ? { endpointId: where.endpointId } : {}),
    ...(where.deliveryId !== undefined ? { id: where.deliveryId } : {}),
  };
}
