/**
 * The events a workspace's webhook endpoints can subscribe to, and the `data`
 * each one carries (built by event-data.ts). Every delivery's body is
 * `{ type, timestamp, data }` (the Standard Webhooks payload): `timestamp` is
 * when the change happened, ids name the workspace's rows, and `links` are
 * absolute: `app` links open the workspace (members only), `public` links
 * are the addresses readers see (PUBLIC_BASE_URL).
 *
 * - claim.created: `{ claim: { id, statement, claimant, claimDate, createdAt }, links: { app } }`
 * - verdict.approved: `{ verdict: { id, rating: { key, label }, summary, revision }, claim: { id, statement }, links: { app, factCheck } }`
 * - report.published: `{ report: { id, title, scope, publishedAt }, links: { app, public } }`
 * - correction.issued: `{ correction: { id, note, createdAt, claimId, verdictId }, report: { id, title }, links: { app, public } }`
 * - conflict.detected: `{ conflict: { id, kind, question, claimIds }, links: { app } }`
 * - article.imported: `{ article: { id, title, outlet, url, language }, links: { app } }`
 * - webhook.test (sent from the admin page, never subscribed to): `{ endpoint: { id }, message }`
 */
export const WEBHOOK_EVENT_TYPES = [
  "claim.created",
  "verdict.approved",
  "report.published",
  "correction.issued",
  "conflict.detected",
  "article.imported",
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only on an admin's request, to the one endpoint chosen. */
export const TEST_EVENT_TYPE = "webhook.test";

/** What the emitting use case passes: the id of what changed (event-data.ts loads the rest in the same transaction). */
export interface WebhookEventSubjects {
  "claim.created": { claimId: string };
  "verdict.approved": { verdictId: string };
  "report.published": { reportId: string };
  "correction.issued": { correctionId: string };
  "conflict.detected": { conflictId: string };
  "article.imported": { articleId: string };
}

export function isWebhookEventType(value: string): value is WebhookEventType {
  return (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}

/** The JSON body of every delivery. */
export interface WebhookPayload {
  type: WebhookEventType | typeof TEST_EVENT_TYPE;
  /** ISO 8601: when the event happened */
  timestamp: string;
  data: Record<string, unknown>;
}
