import type { WebhookEventType } from "@/lib/webhooks/events";
import { isWebhookEventType } from "@/lib/webhooks/events";

/** An endpoint as admins and the API see it: never its secret (shown once, on creation and rotation). */
export interface WebhookEndpointDto {
  id: string;
  url: string;
  description: string;
  events: WebhookEventType[];
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const WEBHOOK_ENDPOINT_SELECT = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  createdAt: true,
  updatedAt: true,
} as const;

export function toWebhookEndpointDto(row: {
  id: string;
  url: string;
  description: string;
  events: string[];
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}): WebhookEndpointDto {
  // an event type retired from the catalogue is dropped rather than shown as a choice that no longer exists
  return { ...row, events: row.events.filter(isWebhookEventType) };
}

/** The endpoint with its signing secret: the answer to registering it and to rotating the secret. */
export interface WebhookEndpointWithSecret extends WebhookEndpointDto {
  secret: string;
}
