import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { webhookEndpointScope } from "@/lib/webhooks/scope";
import type { Actor } from "@/lib/policy/actor";

/** Admins (webhook.manage): deletes an endpoint with its deliveries and their log. Audited. */
export async function deleteWebhookEndpoint(actor: Actor, endpointId: string): Promise<void> {
  authorize(actor, "webhook.manage");
  await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findFirst({
      where: webhookEndpointScope(actor, endpointId),
      select: { id: true, url: true, events: true, enabled: true },
    });
    if (!endpoint) throw new NotFoundError("Webhook endpoint");
    const { count } = await tx.webhookEndpoint.deleteMany({ where: webhookEndpointScope(actor, endpoint.id) });
    if (count === 0) throw new NotFoundError("Webhook endpoint");
    await recordAuditEvent(tx, actor, {
      action: "webhook_endpoint.deleted",
      entityType: "WebhookEndpoint",
      entityId: endpoint.id,
      before: { url: endpoint.url, events: endpoint.events, enabled: endpoint.enabled },
    });
  });
}
