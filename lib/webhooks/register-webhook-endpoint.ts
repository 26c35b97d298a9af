import { db } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { createId } from "@paralleldrive/cuid2";
import { webhookEndpointScope } from "@/lib/webhooks/scope";
import { generateWebhookSecret } from "@/lib/webhooks/sign";
import { sealWebhookSecret } from "@/lib/webhooks/webhook-secret-box";
import {
  toWebhookEndpointDto,
  WEBHOOK_ENDPOINT_SELECT,
  type WebhookEndpointWithSecret,
} from "@/lib/webhooks/webhook-endpoint-dto";
import { MAX_WEBHOOK_ENDPOINTS, type RegisterWebhookEndpointInputSchema } from "@/lib/webhooks/schemas";
import type { Actor } from "@/lib/policy/actor";
import type { z } from "zod";

/**
 * Admins (webhook.manage): registers an endpoint that receives the chosen
 * events of the workspace, with a new signing secret, returned this once and
 * stored sealed (lib/webhooks/webhook-secret-box.ts). Audited (without the secret).
 * Conflict (409) when the workspace has MAX_WEBHOOK_ENDPOINTS already.
 */
export async function registerWebhookEndpoint(
  actor: Actor,
  input: z.output<typeof RegisterWebhookEndpointInputSchema>,
): Promise<WebhookEndpointWithSecret> {
  authorize(actor, "webhook.manage");
  const secret = generateWebhookSecret();
  // the id is chosen here: the sealed secret is bound to it
  const id = createId();
  return db.$transaction(async (tx) => {
    // one registration at a time per workspace, so two at once cannot both pass the count
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`factdesk:webhook-endpoints:${actor.workspaceId}`}))`;
    const registered = await tx.webhookEndpoint.count({ where: webhookEndpointScope(actor) });
    if (registered >= MAX_WEBHOOK_ENDPOINTS)
      throw new ConflictError(
        `This workspace already has ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints, the most it may have. Delete one it no longer needs first.`,
      );
    const row = await tx.webhookEndpoint.create({
      data: {
        id,
        workspaceId: actor.workspaceId,
        url: input.url,
        description: input.description,
        events: input.events,
        enabled: input.enabled,
        secret: sealWebhookSecret(id, secret),
        createdById: actor.userId,
      },
      select: WEBHOOK_ENDPOINT_SELECT,
    });
    const endpoint = toWebhookEndpointDto(row);
    await recordAuditEvent(tx, actor, {
      action: "webhook_endpoint.created",
      entityType: "WebhookEndpoint",
      entityId: endpoint.id,
      after: {
        url: endpoint.url,
        description: endpoint.description,
        events: endpoint.events,
        enabled: endpoint.enabled,
      },
    });
    return { ...endpoint, secret };
  });
}
