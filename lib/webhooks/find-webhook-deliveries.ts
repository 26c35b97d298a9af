import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { pageArgs, toPage, type Page, type PageQuery } from "@/lib/paging/newest-first";
import { webhookDeliveryScope, webhookEndpointScope } from "@/lib/webhooks/scope";
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";

export interface WebhookAttemptDto {
  number: number;
  attemptedAt: Date;
  durationMs: number;
  httpStatus: number | null;
  /** the first 2,000 characters of the receiver's answer */
  response: string | null;
  error: string | null;
}

export interface WebhookDeliveryDto {
  id: string;
  endpointId: string;
  messageId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastAttemptAt: Date | null;
  lastStatus: number | null;
  deliveredAt: Date | null;
  replayOfId: string | null;
  createdAt: Date;
  payload: unknown;
  /** every try, first to last */
  log: WebhookAttemptDto[];
}

const DELIVERY_SELECT = {
  id: true,
  endpointId: true,
  messageId: true,
  eventType: true,
  status: true,
  attempts: true,
  lastAttemptAt: true,
  lastStatus: true,
  deliveredAt: true,
  replayOfId: true,
  createdAt: true,
  payload: true,
  log: {
    orderBy: { number: "asc" },
    select: { number: true, attemptedAt: true, durationMs: true, httpStatus: true, response: true, error: true },
  },
} as const;

/** Admins (webhook.manage): one page of an endpoint's deliveries, newest first, each with its attempt log. */
export async function findWebhookDeliveries(
  actor: Actor,
  endpointId: string,
  query: PageQuery,
): Promise<Page<WebhookDeliveryDto>> {
  authorize(actor, "webhook.manage");
  const endpoint = await db.webhookEndpoint.findFirst({
    where: webhookEndpointScope(actor, endpointId),
    select: { id: true },
  });
  if (!endpoint) throw new NotFoundError("Webhook endpoint");
  const { where, ...paging } = pageArgs(query);
  const rows = await db.webhookDelivery.findMany({
    where: { ...webhookDeliveryScope(actor, { endpointId: endpoint.id }), ...where },
    ...paging,
    select: DELIVERY_SELECT,
  });
  return toPage(rows, query, (row) => row as WebhookDeliveryDto);
}

/** Admins (webhook.manage): one delivery of the workspace, or NotFound. */
export async function getWebhookDelivery(actor: Actor, deliveryId: string): Promise<WebhookDeliveryDto> {
  authorize(actor, "webhook.manage");
  const row = await db.webhookDelivery.findFirst({
    where: webhookDeliveryScope(actor, { deliveryId }),
    select: DELIVERY_SELECT,
  });
  if (!row) throw new NotFoundError("Webhook delivery");
  return row as WebhookDeliveryDto;
}
