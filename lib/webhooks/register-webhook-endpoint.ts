import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { createId } from "@paralleldrive/cuid2";
import { generateWebhookSecret } from "@/lib/webhooks/sign";
import { sealWebhookSecret } from "@/lib/webhooks/webhook-secret-box";
import {
  toWebhookEndpointDto,
  WEBHOOK_ENDPOINT_SELECT,
  type WebhookEndpointWithSecret,
} from "@/lib/webhooks/webhook-endpoint-dto";
import type { RegisterWebhookEndpointInputSchema } from "@/lib/webhooks/schemas";
import type { Actor } from "@/lib/policy/actor";
import type { z } from "zod";

/**
 * Admins (webhook.manage): registers an endpoint that receives the chosen
 * events of the workspace, with a new signing secret, returned this once and
 * stored sealed (lib/webhooks/webhook-secret-box.ts). Audited (without the secret).
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
