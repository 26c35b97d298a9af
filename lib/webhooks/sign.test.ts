/** Our Standard Webhooks signatures, checked by the specification's reference implementation (the `standardwebhooks` package). */
import { describe, expect, it } from "vitest";
import { Webhook, WebhookVerificationError } from "standardwebhooks";
import { generateWebhookSecret, newWebhookMessageId, signWebhook, webhookHeaders } from "@/lib/webhooks/sign";

const body = JSON.stringify({
  type: "claim.created",
  timestamp: "2026-12-07T01:00:00.000Z",
  data: { claim: { id: "c1", statement: "At least 12 dead — «офіційно» 🚨" } },
});

describe("Standard Webhooks signing", () => {
  it("a receiver using the reference implementation accepts our headers and gets the payload back", () => {
    const secret = generateWebhookSecret();
    const headers = webhookHeaders(secret, newWebhookMessageId(), body);
    expect(new Webhook(secret).verify(body, headers)).toEqual(JSON.parse(body));
  });

  it("matches the reference signer byte for byte", () => {
    const secret = generateWebhookSecret();
    const at = new Date("2026-12-07T01:02:03Z");
    expect(signWebhook(secret, "msg_1", Math.floor(at.getTime() / 1000), body)).toBe(
      new Webhook(secret).sign("msg_1", at, body),
    );
  });

  it("refuses a changed body, another secret, another id and an old timestamp", () => {
    const secret = generateWebhookSecret();
    const headers = webhookHeaders(secret, "msg_a", body);
    const receiver = new Webhook(secret);
    expect(() => receiver.verify(body.replace("12", "13"), headers)).toThrow(WebhookVerificationError);
    expect(() => new Webhook(generateWebhookSecret()).verify(body, headers)).toThrow(WebhookVerificationError);
    expect(() => receiver.verify(body, { ...headers, "webhook-id": "msg_b" })).toThrow(WebhookVerificationError);
    const stale = webhookHeaders(secret, "msg_a", body, new Date(Date.now() - 10 * 60_000));
    expect(() => receiver.verify(body, stale)).toThrow(/too old/i);
  });

  it("header shapes: id, unix seconds, v1 and a base64 HMAC-SHA256, JSON content type", () => {
    const headers = webhookHeaders(generateWebhookSecret(), "msg_x", body, new Date("2026-12-07T00:00:00.900Z"));
    expect(headers).toEqual({
      "webhook-id": "msg_x",
      "webhook-timestamp": "1796601600",
      "webhook-signature": expect.stringMatching(/^v1,[A-Za-z0-9+/]{43}=$/),
      "content-type": "application/json",
    });
  });

  it("secrets are whsec_ + base64 of 32 random bytes, never the same twice", () => {
    const secrets = Array.from({ length: 20 }, generateWebhookSecret);
    for (const secret of secrets) {
      expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
      expect(Buffer.from(secret.slice(6), "base64")).toHaveLength(32);
    }
    expect(new Set(secrets).size).toBe(20);
    expect(newWebhookMessageId()).toMatch(/^msg_[\w-]{22}$/);
  });
});
