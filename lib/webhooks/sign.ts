import { createHmac, randomBytes } from "node:crypto";

/**
 * Standard Webhooks (https://www.standardwebhooks.com) signing. A secret is
 * "whsec_" + base64 of random bytes; the key is those bytes. Each attempt is
 * signed anew over `${id}.${timestamp}.${body}` with HMAC-SHA256, so a
 * receiver can refuse old timestamps (replays) while the id stays the same
 * for every attempt and replay of one message (deduplication).
 */
const SECRET_PREFIX = "whsec_";
/** 32 bytes: more than the 24 the specification asks as a minimum */
const SECRET_BYTES = 32;

export function generateWebhookSecret(): string {
  return SECRET_PREFIX + randomBytes(SECRET_BYTES).toString("base64");
}

function secretKey(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) throw new Error("a webhook secret starts with whsec_");
  return Buffer.from(secret.slice(SECRET_PREFIX.length), "base64");
}

/** `v1,<base64 signature>`: the value of webhook-signature for one key. */
export function signWebhook(secret: string, messageId: string, timestampSeconds: number, body: string): string {
  const signature = createHmac("sha256", secretKey(secret))
    .update(`${messageId}.${timestampSeconds}.${body}`)
    .digest("base64");
  return `v1,${signature}`;
}

export interface WebhookHeaders {
  "webhook-id": string;
  "webhook-timestamp": string;
  "webhook-signature": string;
  "content-type": "application/json";
}

/** The headers of one attempt, signed at `now`. */
export function webhookHeaders(secret: string, messageId: string, body: string, now = new Date()): WebhookHeaders {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    "webhook-id": messageId,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signWebhook(secret, messageId, timestamp, body),
    "content-type": "application/json",
  };
}

/** A new message id: "msg_" + random, as the specification's examples name them. */
export function newWebhookMessageId(): string {
  return `msg_${randomBytes(16).toString("base64url")}`;
}
