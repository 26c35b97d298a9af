/**
 * Webhook resources for the authorization matrix (lib/webhooks). Endpoints are
 * disabled and listen for corrections only, so other cells' changes write no
 * deliveries; their address does not resolve (.invalid), so a test or replay
 * an allowed cell queues fails fast in the background (its delivery state and
 * attempt log are volatile for the fingerprint: see fingerprint.ts).
 */
import { db } from "../test-data";
import { registerWebhookEndpoint } from "../../../lib/webhooks/register-webhook-endpoint";
import { MAX_WEBHOOK_ENDPOINTS, RegisterWebhookEndpointInputSchema } from "../../../lib/webhooks/schemas";
import type { Fixture } from "./fixtures";
import type { World } from "./world";

export const MATRIX_WEBHOOK = { url: "https://hooks.invalid/factdesk-matrix", events: ["correction.issued"] };

/** Endpoints of earlier cells kept when room is made: the newest, which the current row may still use. */
const KEPT_ENDPOINTS = 3;

/**
 * The matrix registers an endpoint for nearly every webhook cell, in one
 * workspace, beyond the MAX_WEBHOOK_ENDPOINTS a workspace may have: the
 * oldest of earlier cells' are deleted first (a cell's set-up, before its
 * fingerprint), so an allowed registration is never refused for the limit.
 */
export async function roomForAnEndpoint(w: World): Promise<Fixture> {
  const registered = await db.webhookEndpoint.findMany({
    where: { workspaceId: w.owner.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (registered.length >= MAX_WEBHOOK_ENDPOINTS - KEPT_ENDPOINTS)
    await db.webhookEndpoint.deleteMany({ where: { id: { in: registered.slice(KEPT_ENDPOINTS).map((e) => e.id) } } });
  return {};
}

export async function aWebhookEndpoint(w: World): Promise<Fixture> {
  await roomForAnEndpoint(w);
  const endpoint = await registerWebhookEndpoint(
    w.owner.actors.ADMIN,
    RegisterWebhookEndpointInputSchema.parse({ ...MATRIX_WEBHOOK, enabled: false }),
  );
  return { endpointId: endpoint.id };
}

/** A delivery already DELIVERED on a fresh endpoint: replaying it queues a new one. */
export async function aWebhookDelivery(w: World): Promise<Fixture> {
  const { endpointId } = await aWebhookEndpoint(w);
  const delivery = await db.webhookDelivery.create({
    data: {
      workspaceId: w.owner.id,
      endpointId: endpointId!,
      messageId: `msg_matrix_${endpointId}`,
      eventType: "correction.issued",
      payload: { type: "correction.issued", timestamp: new Date().toISOString(), data: {} },
      status: "DELIVERED",
      attempts: 1,
      deliveredAt: new Date(),
    },
    select: { id: true },
  });
  return { endpointId: endpointId!, deliveryId: delivery.id };
}
