import type { WebhookEventType } from "@/lib/webhooks/events";

/** The message key of each event type's label: next-intl reads dots in a key as nesting, so "claim.created" is "events.claim_created". */
const EVENT_LABEL_KEYS = {
  "claim.created": "events.claim_created",
  "verdict.approved": "events.verdict_approved",
  "report.published": "events.report_published",
  "correction.issued": "events.correction_issued",
  "conflict.detected": "events.conflict_detected",
  "article.imported": "events.article_imported",
} as const satisfies Record<WebhookEventType, `events.${string}`>;

export function eventLabelKey<T extends WebhookEventType>(type: T): (typeof EVENT_LABEL_KEYS)[T] {
  return EVENT_LABEL_KEYS[type];
}
