import { z } from "zod";
import { ProblemSchema, PROBLEM_MEDIA_TYPE, problemTitle } from "@/lib/api/http/problem-response";
import { isJsonMediaType } from "@/lib/api/http/handle-route";
import type { RouteContract } from "@/lib/api/route-contract";
import { acceptsIdempotencyKey, IDEMPOTENCY_KEY_HEADER, REPLAYED_HEADER } from "@/lib/api/http/api-idempotency";

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
      parameters: [
        ...parametersOf(route.params, "path", render),
        ...parametersOf(route.query, "query", render),
        // a header the route documents itself (requestHeaders) replaces the common wording
        ...conditionalHeadersOf(route).filter(
          (p) => !route.requestHeaders?.some((h) => h.name === (p as { name: string }).name),
        ),
        ...(route.requestHeaders ?? []).map(({ name, description, required }) => ({
          name,
          in: "header",
          required: required ?? false,
          description,
          schema: { type: "string" },
        })),
        ...(acceptsIdempotencyKey(route) ? [IDEMPOTENCY_KEY_PARAMETER] : []),
      ],
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
        'Lists are paged by cursor (`limit`, `cursor`; follow `nextCursor` or the `Link: rel="next"` header; `previousCursor`, or `Link: rel="prev"`, reads the page before, null on the first page). ' +
        "Errors are RFC 9457 problem details (application/problem+json) with a stable machine-readable `code` (see the Problem schema) and the request's `requestId` (also the X-Request-Id response header): quote it when reporting a problem. " +
        "Single resources answer an `ETag`; send it back as `If-None-Match` on GET (304 when unchanged) and as `If-Match` on a change (412 `precondition_failed` when someone changed the resource since: nothing is changed; `*` matches any current state). " +
        "Each token may make 600 requests a minute (RateLimit-* headers; 429 with Retry-After beyond). " +
        "API tokens themselves (Admin → API tokens) and a person's own sign-in sessions, password and two-factor set-up are deliberately left out of the API: a token that could mint tokens would let a leaked token keep itself alive, and sign-in credentials belong to a person signed in, which a workspace token is not.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "fd_ + 43 base64url characters" },
      },
    },
  };
}

/** z.toJSONSchema, with named sub-schemas moved to components (equal ids must mean equal schemas). */
function toComponentSchema(schema: z.ZodType, components: Record<string, JsonSchema>): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  }) as JsonSchema;
  const rewritten = JSON.parse(
    JSON.stringify(generated).replaceAll('"#/$defs/', '"#/components/schemas/'),
  ) as JsonSchema;
  const { $schema: _dialect, $defs, ...rest } = rewritten as JsonSchema & { $defs?: Record<string, JsonSchema> };
  for (const [id, definition] of Object.entries($defs ?? {})) {
    const existing = components[id];
    if (existing && JSON.stringify(existing) !== JSON.stringify(definition))
      throw new Error(`Two different schemas are named ${id}`);
    components[id] = definition;
  }
  return rest;
}

function parametersOf(
  schema: z.ZodObject | undefined,
  where: "path" | "query",
  render: (s: z.ZodType) => JsonSchema,
): unknown[] {
  if (!schema) return [];
  const json = render(schema) as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return {
      name,
      in: where,
      required: where === "path" || (json.required ?? []).includes(name),
      ...(description ? { description } : {}),
      schema: propertySchema,
    };
  });
}

function requestBodyOf(body: NonNullable<RouteContract["body"]>, render: (s: z.ZodType) => JsonSchema): unknown {
  const content = Object.fromEntries(
    Object.entries(body.mediaTypes).map(([mediaType, schema]) => [
      mediaType,
      { schema: isJsonMediaType(mediaType) ? render(schema) : { type: "string" } },
    ]),
  );
  const limit = `At most ${Math.round(body.maxBytes / 1024)} KiB (413 beyond).`;
  return { required: true, description: body.description ? `${body.description} ${limit}` : limit, content };
}

function responsesOf(
  route: RouteContract,
  problemRef: JsonSchema,
  render: (s: z.ZodType) => JsonSchema,
): Record<string, unknown> {
  const { status, description, schema, mediaType, file } = route.success;
  const content = schema
    ? { [mediaType ?? "application/json"]: { schema: render(schema) } }
    : file
      ? Object.fromEntries(
          file.mediaTypes.map((type) => [type, { schema: { type: "string", contentMediaType: type } }]),
        )
      : null;
  const idempotent = acceptsIdempotencyKey(route);
  const tagged = entityTagHeaderOf(route);
  const own = Object.fromEntries(
    Object.entries(route.success.headers ?? {}).map(([name, about]) => [
      name,
      { description: about, schema: { type: "string" } },
    ]),
  );
  const headers = { ...(idempotent ? REPLAYED : {}), ...(tagged ?? {}), ...own };
  const responses: Record<string, unknown> = {
    [status]: { description, ...(content ? { content } : {}), ...(Object.keys(headers).length > 0 ? { headers } : {}) },
  };
  if (route.resource && route.method === "GET")
    responses[304] = {
      description: "Not Modified: the If-None-Match names the current ETag; no body",
      headers: tagged,
    };
  const statuses = [
    ...route.errors,
    ...(route.role === null ? [] : [401, 429]),
    ...(idempotent ? [409, 422] : []),
    ...(route.resource ? [400] : []),
    ...(route.resource && route.method !== "GET" ? [412] : []),
  ];
  for (const code of [...new Set(statuses)].sort()) {
    responses[code] = {
      description: problemTitle(code),
      content: { [PROBLEM_MEDIA_TYPE]: { schema: problemRef } },
      ...(code === 429 ? { headers: RETRY_AFTER } : {}),
    };
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

const REPLAYED = {
  [REPLAYED_HEADER]: {
    description: `"true" when this is the stored answer of an earlier request with the same ${IDEMPOTENCY_KEY_HEADER}`,
    schema: { type: "string", enum: ["true"] },
  },
};

const RETRY_AFTER = {
  "Retry-After": { description: "seconds until the rate limit window resets", schema: { type: "integer" } },
};

/** If-None-Match on a resource's GET, If-Match on its mutations (lib/api/http/preconditions.ts). */
function conditionalHeadersOf(route: RouteContract): unknown[] {
  if (!route.resource) return [];
  const name = route.resource.name.toLowerCase();
  const schema = { type: "string", examples: ['"3q2-7w"', "*"] };
  if (route.method === "GET") {
    return [
      {
        name: "If-None-Match",
        in: "header",
        required: false,
        description: `ETags of the ${name} you hold: 304 without a body when one is current.`,
        schema,
      },
    ];
  }
  const description =
    `The ETag of the ${name} as you read it: when it changed since, 412 (code precondition_failed) and nothing changes; \`*\` matches any current state. ` +
    "Checked and written in one transaction: no change can land in between. Without it, the last write wins.";
  return [{ name: "If-Match", in: "header", required: false, description, schema }];
}

/** The ETag a response carries: a resource's (GET, a change other than DELETE) or a created one's. */
function entityTagHeaderOf(route: RouteContract): Record<string, unknown> | null {
  const resource = route.creates ?? route.resource;
  if (!resource || route.method === "DELETE") return null;
  const whose = route.creates
    ? `the new ${resource.name.toLowerCase()}`
    : route.method === "GET"
      ? `the ${resource.name.toLowerCase()}`
      : `the ${resource.name.toLowerCase()} after the change`;
  return {
    ETag: {
      description: `the entity tag of ${whose}, as GET answers it: send it as If-Match / If-None-Match`,
      schema: { type: "string" },
    },
  };
}
