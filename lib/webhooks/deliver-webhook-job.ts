import { db } from "@/lib/db/client";
import { WEBHOOK_MAX_ATTEMPTS } from "@/lib/jobs/queues";
import { postWebhook } from "@/lib/webhooks/post-webhook";
import { webhookHeaders } from "@/lib/webhooks/sign";
import { TEST_EVENT_TYPE } from "@/lib/webhooks/events";
import { openWebhookSecret } from "@/lib/webhooks/webhook-secret-box";
import { SecretBoxError } from "@/lib/crypto/secret-box";
import type { PostOutcome } from "@/lib/webhooks/post-webhook";
import { componentLogger } from "@/lib/ops/logger";

const log = componentLogger("webhooks");

/**
 * The `webhooks.deliver` job: one signed POST of one delivery, logged as a
 * WebhookAttempt with the answer. A 2xx delivers it; anything else throws,
 * so pg-boss retries with backoff (lib/jobs/queues.ts), and the last allowed
 * try marks it FAILED. A delivery already done, or gone, is left alone; one
 * whose endpoint was disabled meanwhile fails without a try (unless an admin
 * asked for it: a test or a replay); one whose signing secret no longer opens
 * fails at once, its attempt saying to rotate the secret.
 */
export async function deliverWebhookJob(deliveryId: string): Promise<void> {
  const delivery = await db.webhookDelivery.findFirst({
    where: { id: deliveryId, status: "PENDING", attempts: { lt: WEBHOOK_MAX_ATTEMPTS } },
    select: {
      id: true,
      workspaceId: true,
      messageId: true,
      eventType: true,
      replayOfId: true,
      payload: true,
      attempts: true,
      endpoint: { select: { id: true, url: true, secret: true, enabled: true } },
    },
  });
  if (!delivery) return;
  // an admin's test and replay are sent to a disabled endpoint too: they asked for exactly that
  if (!delivery.endpoint.enabled && delivery.eventType !== TEST_EVENT_TYPE && delivery.replayOfId === null) {
    await db.webhookDelivery.updateMany({ where: { id: delivery.id, status: "PENDING" }, data: { status: "FAILED" } });
    return;
  }
  const body = JSON.stringify(delivery.payload);
  const attemptedAt = new Date();
  const secret = signingSecret(delivery.endpoint);
  const outcome =
    secret === null
      ? UNSIGNABLE
      : await postWebhook(
          delivery.endpoint.url,
          { ...webhookHeaders(secret, delivery.messageId, body, attemptedAt) },
          body,
        );
  const ok = outcome.httpStatus !== null && outcome.httpStatus >= 200 && outcome.httpStatus < 300;
  const number = delivery.attempts + 1;
  // a secret that does not open now never will: no retry, the admin rotates it
  const status = ok ? "DELIVERED" : number >= WEBHOOK_MAX_ATTEMPTS || secret === null ? "FAILED" : "PENDING";
  await db.$transaction([
    db.webhookAttempt.create({
      data: { workspaceId: delivery.workspaceId, deliveryId: delivery.id, number, attemptedAt, ...outcome },
    }),
    db.webhookDelivery.update({
      where: { id: delivery.id },
      data: {
        attempts: number,
        lastAttemptAt: attemptedAt,
        lastStatus: outcome.httpStatus,
        status,
        ...(ok ? { deliveredAt: new Date() } : {}),
      },
    }),
  ]);
  if (!ok && status === "PENDING")
    throw new Error(`webhook try ${number} of ${WEBHOOK_MAX_ATTEMPTS} failed: ${outcome.httpStatus ?? outcome.error}`);
}

/** The try of a delivery whose signing secret cannot be read: nothing is sent, and the attempt says what to do. */
const UNSIGNABLE: PostOutcome = {
  httpStatus: null,
  response: null,
  error: "The endpoint's signing secret cannot be read (NEXTAUTH_SECRET changed?): rotate its secret, then replay.",
  durationMs: 0,
};

function signingSecret(endpoint: { id: string; secret: string }): string | null {
  try {
    return openWebhookSecret(endpoint.id, endpoint.secret);
  } catch (error) {
    if (!(error instanceof SecretBoxError)) throw error;
    log.error({ endpointId: endpoint.id }, "the webhook endpoint's signing secret cannot be read");
    return null;
  }
}
