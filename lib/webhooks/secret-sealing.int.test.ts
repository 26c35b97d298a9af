/**
 * Signing secrets at rest, against a real database, job runner and receiver:
 * stored sealed and bound to their endpoint, read in either form, sealed by
 * the migrate step when an older install stored them in clear, and a secret
 * that no longer opens fails its delivery at once instead of sending it.
 */
import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { db } from "@/lib/db/client";
import { SecretBoxError } from "@/lib/crypto/secret-box";
import { eventually } from "@/lib/worker/test-support";
import { registerWebhookEndpoint } from "@/lib/webhooks/register-webhook-endpoint";
import { rotateWebhookSecret } from "@/lib/webhooks/rotate-webhook-secret";
import { sendTestWebhook } from "@/lib/webhooks/send-test-webhook";
import { sealLegacyWebhookSecrets } from "@/lib/webhooks/seal-legacy-webhook-secrets";
import { openWebhookSecret, sealWebhookSecret } from "@/lib/webhooks/webhook-secret-box";
import { RegisterWebhookEndpointInputSchema } from "@/lib/webhooks/schemas";
import { createWorkspaceWithMembers, type TestWorkspace } from "@/prisma/factories";
import { webhookDeliveryBench } from "@/test/support/webhook-receiver";

// the secret box's key comes from NEXTAUTH_SECRET (read lazily by lib/env.ts), as in the app
process.env.NEXTAUTH_SECRET ??= "integration tests' NEXTAUTH_SECRET";

const bench = webhookDeliveryBench();

const register = (ws: TestWorkspace) =>
  registerWebhookEndpoint(
    ws.actors.ADMIN,
    RegisterWebhookEndpointInputSchema.parse({ url: bench.receiver.url, events: ["claim.created"] }),
  );
const stored = async (endpointId: string) =>
  (await db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId }, select: { secret: true } })).secret;

/** An admin's test event to the endpoint, as the receiver got it, or the delivery once it failed. */
async function testDelivery(ws: TestWorkspace, endpointId: string) {
  const { id: deliveryId } = await sendTestWebhook(ws.actors.ADMIN, endpointId);
  return eventually(async () => {
    const row = await db.webhookDelivery.findUniqueOrThrow({
      where: { id: deliveryId },
      include: { log: { orderBy: { number: "asc" } } },
    });
    return row.status === "PENDING" ? null : row;
  }, "the test delivery delivered or failed");
}

describe("webhook signing secrets at rest", () => {
  it("are stored sealed, bound to their endpoint, on registration and on rotation", async () => {
    const ws = await createWorkspaceWithMembers();
    const created = await register(ws);
    const box = await stored(created.id);
    expect(box).not.toContain(created.secret.slice("whsec_".length));
    expect(openWebhookSecret(created.id, box)).toBe(created.secret);

    const other = await register(ws);
    expect(() => openWebhookSecret(other.id, box)).toThrow(SecretBoxError);

    const rotated = await rotateWebhookSecret(ws.actors.ADMIN, created.id);
    expect(openWebhookSecret(created.id, await stored(created.id))).toBe(rotated.secret);
  });

  it("stored in clear by an older install, still sign; the migrate step seals them once, and they still sign", async () => {
    const ws = await createWorkspaceWithMembers();
    const endpoint = await register(ws);
    await db.webhookEndpoint.update({ where: { id: endpoint.id }, data: { secret: endpoint.secret } });
    const verifies = async () => {
      const delivery = await testDelivery(ws, endpoint.id);
      const hook = await bench.receiver.waitFor((h) => h.headers["webhook-id"] === delivery.messageId);
      return new Webhook(endpoint.secret).verify(hook.body, hook.headers);
    };
    await expect(verifies()).resolves.toBeTruthy();

    const first = await sealLegacyWebhookSecrets(db);
    expect(first.sealed).toBeGreaterThanOrEqual(1);
    expect(first.waiting).toBe(0);
    expect(await stored(endpoint.id)).not.toBe(endpoint.secret);
    expect(openWebhookSecret(endpoint.id, await stored(endpoint.id))).toBe(endpoint.secret);
    await expect(verifies()).resolves.toBeTruthy();
    expect(await sealLegacyWebhookSecrets(db)).toEqual({ sealed: 0, waiting: 0 });
  });

  it("that no longer open fail the delivery at once, sending nothing and saying to rotate the secret", async () => {
    const ws = await createWorkspaceWithMembers();
    const endpoint = await register(ws);
    // a box that does not open for this endpoint, as after NEXTAUTH_SECRET changed
    await db.webhookEndpoint.update({
      where: { id: endpoint.id },
      data: { secret: sealWebhookSecret("another-endpoint", endpoint.secret) },
    });
    const before = bench.receiver.received.length;
    const failed = await testDelivery(ws, endpoint.id);
    expect(failed).toMatchObject({ status: "FAILED", attempts: 1, lastStatus: null });
    expect(failed.log).toMatchObject([{ number: 1, httpStatus: null, error: expect.stringMatching(/rotate/) }]);
    expect(bench.receiver.received.length).toBe(before);
  });
});
