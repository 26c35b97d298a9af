import { z } from "zod";
import { ProblemSchema, PROBLEM_MEDIA_TYPE, problemTitle } from "@/lib/api/problem-response";
import { isJsonMediaType } from "@/lib/api/handle-route";
import type { RouteContract } from "@/lib/api/route-contract";
import { acceptsIdempotencyKey, IDEMPOTENCY_KEY_HEADER, REPLAYED_HEADER } from "@/lib/idempotency/api-idempotency";

type JsonSchema = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document of the API, generated from the route contracts'
 * zod schemas (z.toJSONSchema, JSON Schema 2020-12, the dialect of OpenAPI
 * 3.1). Schemas are rendered as their wire form ("input" side: dates are
 * ISO strings, defaults optional). Named schemas (`.meta({ id })`) become
 * components.
 */
export function buildOpenApiDocument(routes: readonly RouteContract[]): JsonSchema {
  const components: Record<string, JsonSchema> = {};
  const render = (schema: z.ZodType): JsonSchema => toComponentSchema(schema, components);
  const problemRef = render(ProblemSchema);

  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      ...(route.description ? { description: route.description } : {}),
      tags: [route.tag],
      ...(route.role === null ? { security: [] } : { "x-minimum-role": route.role }),
      parameters: [...parametersOf(route.params, "path", render), ...parametersOf(route.query, "query", render), ...(acceptsIdempotencyKey(route) ? [IDEMPOTENCY_KEY_PARAMETER] : [])],
      ...(route.body ? { requestBody: requestBodyOf(route.body, render) } : {}),
      responses: responsesOf(route, problemRef, render),
    };
    (paths[`/api/v1${route.path}`] ??= {})[route.method.toLowerCase()] = operation;
  }

  return {
    openapi: "3.1.0",
    info: {
      title: "Factdesk API",
      version: "1.0.0",
      description:
        "REST API of one Factdesk workspace. Authenticate with a workspace API token (Admin → API tokens): `Authorization: Bearer fd_…`. " +
        "The token decides the workspace; ids of other workspaces answer 404. Browser session cookies are not accepted. " +
        "Lists are paged by cursor (`limit`, `cursor`; follow `nextCursor` or the `Link: rel=\"next\"` header). " +
        "Errors are RFC 9457 problem details (application/problem+json). Each token may make 600 requests a minute (RateLimit-* headers; 429 with Retry-After beyond).",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "fd_ + 43 base64url characters" } },
    },
  };
}

/** z.toJSONSchema, with named sub-schemas moved to components (equal ids must mean equal schemas). */
function toComponentSchema(schema: z.ZodType, components: Record<string, JsonSchema>): JsonSchema {
  const generated = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as JsonSchema;
  const rewritten = JSON.parse(JSON.stringify(generated).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
  const { $schema: _dialect, $defs, ...rest } = rewritten as JsonSchema & { $defs?: Record<string, JsonSchema> };
  for (const [id, definition] of Object.entries($defs ?? {})) {
    const existing = components[id];
    if (existing && JSON.stringify(existing) !== JSON.stringify(definition)) throw new Error(`Two different schemas are named ${id}`);
    components[id] = definition;
  }
  return rest;
}

function parametersOf(schema: z.ZodObject | undefined, where: "path" | "query", render: (s: z.ZodType) => JsonSchema): unknown[] {
  if (!schema) return [];
  const json = render(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return { name, in: where, required: where === "path" || (json.required ?? []).includes(name), ...(description ? { description } : {}), schema: propertySchema };
  });
}

function requestBodyOf(body: NonNullable<RouteContract["body"]>, render: (s: z.ZodType) => JsonSchema): unknown {
  const content = Object.fromEntries(Object.entries(body.mediaTypes).map(([mediaType, schema]) => [mediaType, { schema: isJsonMediaType(mediaType) ? render(schema) : { type: "string" } }]));
  const limit = `At most ${Math.round(body.maxBytes / 1024)} KiB (413 beyond).`;
  return { required: true, description: body.description ? `${body.description} ${limit}` : limit, content };
}

function responsesOf(route: RouteContract, problemRef: JsonSchema, render: (s: z.ZodType) => JsonSchema): Record<string, unknown> {
  const { status, description, schema, mediaType, file } = route.success;
  const content = schema
    ? { [mediaType ?? "application/json"]: { schema: render(schema) } }
    : file
      ? Object.fromEntries(file.mediaTypes.map((type) => [type, { schema: { type: "string", contentMediaType: type } }]))
      : null;
  const idempotent = acceptsIdempotencyKey(route);
  const responses: Record<string, unknown> = { [status]: { description, ...(content ? { content } : {}), ...(idempotent ? { headers: REPLAYED } : {}) } };
  const statuses = [...route.errors, ...(route.role === null ? [] : [401, 429]), ...(idempotent ? [409, 422] : [])];
  for (const code of [...new Set(statuses)].sort()) {
    responses[code] = { description: problemTitle(code), content: { [PROBLEM_MEDIA_TYPE]: { schema: problemRef } }, ...(code === 429 ? { headers: RETRY_AFTER } : {}) };
  }
  return responses;
}

const IDEMPOTENCY_KEY_PARAMETER = {
  name: IDEMPOTENCY_KEY_HEADER,
  in: "header",
  required: false,
  description:
    "Makes a retry safe: a unique value per request (a UUID), 1–255 printable ASCII characters (400 otherwise). The first successful answer for a key is stored for 24 hours and " +
    `sent again, with \`${REPLAYED_HEADER}: true\`, for a request with the same key, method, path and body; the same key with another request is 422; ` +
    "while the first request is still running, a repeat waits up to 5 s for its answer, else 409. Refusals (4xx) are not stored: a corrected request may reuse the key.",
  schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x20-\\x7E]+$" },
};

const REPLAYED = { [REPLAYED_HEADER]: { description: `"true" when this is the stored answer of an earlier request with the same ${IDEMPOTENCY_KEY_HEADER}`, schema: { type: "string", enum: ["true"] } } };

const RETRY_AFTER = { "Retry-After": { description: "seconds until the rate limit window resets", schema: { type: "integer" } } };
