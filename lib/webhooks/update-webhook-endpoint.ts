import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { webhookEndpointScope } from "@/lib/webhooks/scope";
import {
  toWebhookEndpointDto,
  WEBHOOK_ENDPOINT_SELECT,
  type WebhookEndpointDto,
} from "@/lib/webhooks/webhook-endpoint-dto";
import type { UpdateWebhookEndpointInputSchema } from "@/lib/webhooks/schemas";
import type { Actor } from "@/lib/policy/actor";
import type { z } from "zod";

/**
 * Admins (webhook.manage): changes an endpoint's address, description,
 * events or whether it is enabled (a disabled endpoint gets no new
 * deliveries; those already waiting fail without a try). Fields left out stay.
 * Audited with before and after.
 */
export async function updateWebhookEndpoint(
  actor: Actor,
  endpointId: string,
  input: z.output<typeof UpdateWebhookEndpointInputSchema>,
): Promise<WebhookEndpointDto> {
  authorize(actor, "webhook.manage");
  return db.$transaction(async (tx) => {
    const before = await tx.webhookEndpoint.findFirst({
      where: webhookEndpointScope(actor, endpointId),
      select: WEBHOOK_ENDPOINT_SELECT,
    });
    if (!before) throw new NotFoundError("Webhook endpoint");
    const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    const { count } = await tx.webhookEndpoint.updateMany({
      where: webhookEndpointScope(actor, before.id),
      data: changes,
    });
    if (count === 0) throw new NotFoundError("Webhook endpoint");
    const after = await tx.webhookEndpoint.findFirstOrThrow({
      where: webhookEndpointScope(actor, before.id),
      select: WEBHOOK_ENDPOINT_SELECT,
    });
    const pick = (e: typeof before) => ({
      url: e.url,
      description: e.description,
      events: e.events,
      enabled: e.enabled,
    });
    await recordAuditEvent(tx, actor, {
      action: "webhook_endpoint.updated",
      entityType: "WebhookEndpoint",
      entityId: before.id,
      before: pick(before),
      after: pick(after),
    });
    return toWebhookEndpointDto(after);
  });
}
