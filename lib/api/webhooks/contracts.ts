import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";
import { PageQuerySchema } from "@/lib/paging/newest-first";
import { DateTime, Id, JSON_BODY_LIMIT, pageSchema } from "@/lib/api/http/wire";
import { WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";
import {
  MAX_WEBHOOK_ENDPOINTS,
  RegisterWebhookEndpointInputSchema,
  UpdateWebhookEndpointInputSchema,
} from "@/lib/webhooks/schemas";

const EVENTS_DOC =
  "Events: " +
  WEBHOOK_EVENT_TYPES.map((e) => `\`${e}\``).join(", ") +
  ". " +
  "Each delivery is a POST of `{ type, timestamp, data }` (application/json) signed per Standard Webhooks: headers `webhook-id` (the same for every try and replay of one event), " +
  "`webhook-timestamp` (unix seconds of the try) and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `{id}.{timestamp}.{body}` keyed with the base64-decoded part of the secret after `whsec_`). " +
  "A 2xx answer within 10 seconds delivers it; anything else is retried with exponential backoff (8 tries over about 10 minutes), then the delivery is `FAILED`. " +
  "Private and loopback addresses are refused unless the server's WEBHOOK_ALLOWED_HOSTS names the host.";

export const WebhookEndpointSchema = z
  .object({
    id: Id,
    url: z.string(),
    description: z.string(),
    events: z.array(z.enum(WEBHOOK_EVENT_TYPES)),
    enabled: z.boolean().describe("a disabled endpoint gets no new events"),
    createdAt: DateTime,
    updatedAt: DateTime,
  })
  .meta({ id: "WebhookEndpoint" });

export const WebhookEndpointWithSecretSchema = WebhookEndpointSchema.extend({
  secret: z.string().describe("whsec_ + base64: the signing secret, returned only now"),
}).meta({ id: "WebhookEndpointWithSecret" });

export const WebhookEndpointListSchema = z
  .object({ items: z.array(WebhookEndpointSchema) })
  .meta({ id: "WebhookEndpointList" });

export const WebhookAttemptSchema = z
  .object({
    number: z.number().int(),
    attemptedAt: DateTime,
    durationMs: z.number().int(),
    httpStatus: z.number().int().nullable().describe("null: no answer (refused, timed out, blocked address)"),
    response: z.string().nullable().describe("the first 2,000 characters of the answer"),
    error: z.string().nullable(),
  })
  .meta({ id: "WebhookAttempt" });

export const WebhookDeliverySchema = z
  .object({
    id: Id,
    endpointId: Id,
    messageId: z.string().describe("the webhook-id header"),
    eventType: z.string(),
    status: z.enum(["PENDING", "DELIVERED", "FAILED"]),
    attempts: z.number().int(),
    lastAttemptAt: DateTime.nullable(),
    lastStatus: z.number().int().nullable(),
    deliveredAt: DateTime.nullable(),
    replayOfId: Id.nullable().describe("set on a replay: the delivery it repeats"),
    createdAt: DateTime,
    payload: z.unknown().describe("the JSON body: { type, timestamp, data }"),
    log: z.array(WebhookAttemptSchema).describe("every try, first to last"),
  })
  .meta({ id: "WebhookDelivery" });

const EndpointParams = z.object({ endpointId: Id });
const DeliveryParams = z.object({ endpointId: Id, deliveryId: Id });
const TAG = "Webhooks";

export const listWebhookEndpointsRoute = defineRoute({
  method: "GET",
  path: "/workspace/webhooks",
  operationId: "listWebhookEndpoints",
  summary: "List the workspace's webhook endpoints (admins)",
  description:
    `Newest first, without their secrets. Not paged: a workspace has at most ${MAX_WEBHOOK_ENDPOINTS} endpoints. ` +
    EVENTS_DOC,
  tag: TAG,
  role: "ADMIN",
  success: { status: 200, description: "The endpoints", schema: WebhookEndpointListSchema },
  errors: [403],
});

export const registerWebhookEndpointRoute = defineRoute({
  method: "POST",
  path: "/workspace/webhooks",
  operationId: "registerWebhookEndpoint",
  summary: "Register a webhook endpoint (admins)",
  description:
    "`url`: http or https, without a user name or password; `events`: at least one of the catalogue. The answer carries the signing secret, this once. " +
    `A workspace may have at most ${MAX_WEBHOOK_ENDPOINTS} endpoints: 409 beyond that. ` +
    EVENTS_DOC,
  tag: TAG,
  role: "ADMIN",
  body: {
    mediaTypes: {
      "application/json": RegisterWebhookEndpointInputSchema.strict().meta({ id: "RegisterWebhookEndpoint" }),
    },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: {
    status: 201,
    description: "The endpoint with its secret (Location: its URL)",
    schema: WebhookEndpointWithSecretSchema,
  },
  errors: [400, 403, 409, 413, 415],
});

export const getWebhookEndpointRoute = defineRoute({
  method: "GET",
  path: "/workspace/webhooks/{endpointId}",
  operationId: "getWebhookEndpoint",
  summary: "Get one webhook endpoint (admins)",
  tag: TAG,
  role: "ADMIN",
  params: EndpointParams,
  success: { status: 200, description: "The endpoint", schema: WebhookEndpointSchema },
  errors: [403, 404],
});

export const updateWebhookEndpointRoute = defineRoute({
  method: "PATCH",
  path: "/workspace/webhooks/{endpointId}",
  operationId: "updateWebhookEndpoint",
  summary: "Change a webhook endpoint (admins)",
  description: "Any of `url`, `description`, `events`, `enabled`; fields left out stay as they are.",
  tag: TAG,
  role: "ADMIN",
  params: EndpointParams,
  body: {
    mediaTypes: { "application/json": UpdateWebhookEndpointInputSchema.strict().meta({ id: "UpdateWebhookEndpoint" }) },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: { status: 200, description: "The endpoint", schema: WebhookEndpointSchema },
  errors: [400, 403, 404, 413, 415],
});

export const deleteWebhookEndpointRoute = defineRoute({
  method: "DELETE",
  path: "/workspace/webhooks/{endpointId}",
  operationId: "deleteWebhookEndpoint",
  summary: "Delete a webhook endpoint with its delivery log (admins)",
  tag: TAG,
  role: "ADMIN",
  params: EndpointParams,
  success: { status: 204, description: "Deleted" },
  errors: [403, 404],
});

export const rotateWebhookSecretRoute = defineRoute({
  method: "POST",
  path: "/workspace/webhooks/{endpointId}/rotate-secret",
  operationId: "rotateWebhookSecret",
  summary: "Give a webhook endpoint a new signing secret (admins)",
  description:
    "The old secret stops at once: every try from now on, retries and replays of older events too, is signed with the new one, returned this once.",
  tag: TAG,
  role: "ADMIN",
  params: EndpointParams,
  success: { status: 200, description: "The endpoint with its new secret", schema: WebhookEndpointWithSecretSchema },
  errors: [403, 404],
});

export const listWebhookDeliveriesRoute = defineRoute({
  method: "GET",
  path: "/workspace/webhooks/{endpointId}/deliveries",
  operationId: "listWebhookDeliveries",
  summary: "An endpoint's deliveries, newest first, each with its attempt log (admins)",
  tag: TAG,
  role: "ADMIN",
  params: EndpointParams,
  query: PageQuerySchema,
  success: {
    status: 200,
    description: "A page of deliveries",
    schema: pageSchema(WebhookDeliverySchema, "WebhookDeliveryPage"),
  },
  errors: [400, 403, 404],
});

export const replayWebhookDeliveryRoute = defineRoute({
  method: "POST",
  path: "/workspace/webhooks/{endpointId}/deliveries/{deliveryId}/replay",
  operationId: "replayWebhookDelivery",
  summary: "Send a delivery again (admins)",
  description:
    "A new delivery with the same `webhook-id` and body (a receiver that handled it already can tell), signed anew with the endpoint's current secret.",
  tag: TAG,
  role: "ADMIN",
  params: DeliveryParams,
  success: { status: 201, description: "The new delivery", schema: WebhookDeliverySchema },
  errors: [403, 404],
});

export const sendTestWebhookRoute = defineRoute({
  method: "POST",
  path: "/workspace/webhooks/{endpointId}/test",
  operationId: "sendTestWebhook",
  summary: "Send a webhook.test event to the endpoint (admins)",
  description: "Whatever it subscribed to, enabled or not: see the receiver's answer in its deliveries.",
  tag: TAG,
  role: "ADMIN",
  params: EndpointParams,
  success: { status: 201, description: "The test delivery", schema: WebhookDeliverySchema },
  errors: [403, 404],
});
