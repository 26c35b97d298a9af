import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { authenticateApiRequest } from "@/lib/api/http/authenticate-api-token";
import { BadRequestError, RateLimitedError } from "@/lib/api/http/api-errors";
import { API_RATE_LIMIT, rateLimitHeaders } from "@/lib/api/http/rate-limit";
import { nulRefused, parseJsonText, readRequestBody } from "@/lib/api/http/read-body";
import { problemResponse, requestIdOf, zodFieldErrors } from "@/lib/api/http/problem-response";
import { apiOrigin } from "@/lib/api/http/api-origin";
import { clientCopyIsCurrent, entityTagOf, parseEntityTagCondition } from "@/lib/api/http/etag";
import { entityTagOfRepresentation, loadRepresentation, runConditionalMutation } from "@/lib/api/http/preconditions";
import type { FileResult, RouteContract, RouteInput, RouteResult } from "@/lib/api/route-contract";
import { acceptsIdempotencyKey, idempotencyKeyOf, REPLAYED_HEADER } from "@/lib/api/http/api-idempotency";
import { fingerprintOf } from "@/lib/idempotency/idempotency-key";
import { withIdempotency } from "@/lib/idempotency/with-idempotency";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Next.js hands dynamic segments to route handlers as a promise. */
export interface NextRouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

export type ApiRouteHandler = ((request: Request, context: NextRouteContext) => Promise<Response>) & {
  contract: RouteContract;
};

/**
 * Builds a route handler from a contract: authenticate the bearer token (401),
 * count the request against the token's rate limit (429), parse path, query
 * and body with the contract's schemas (404 / 400 / 415 / 413), run the use
 * case, encode its result with the success schema, and turn every error into
 * problem+json. Nothing of the request is trusted before it was parsed here.
 */
export function handleRoute<const C extends RouteContract>(
  contract: C,
  run: (input: RouteInput<C>) => Promise<RouteResult<C>>,
): ApiRouteHandler {
  const handler = async (request: Request, context: NextRouteContext): Promise<Response> => {
    const url = new URL(request.url);
    let limitHeaders: Record<string, string> = {};
    try {
      const { caller, limit } = await authenticateApiRequest(request.headers.get("authorization"), API_RATE_LIMIT);
      limitHeaders = rateLimitHeaders(limit);
      if (!limit.allowed) throw new RateLimitedError(limit.resetSeconds);

      const idempotencyKey = acceptsIdempotencyKey(contract) ? idempotencyKeyOf(request) : null;
      const params = await parseParams(contract, context);
      const query = parseQuery(contract, url);
      const body = await parseBody(contract, request);
      const input = {
        actor: caller.actor,
        params,
        query,
        body: body?.parsed,
        request,
        url,
        headers: new Headers(),
      } as RouteInput<C>;
      const execute = () => executeOperation(contract, input, run);
      if (!idempotencyKey)
        return successResponse(
          contract,
          await execute(),
          { ...limitHeaders, ...Object.fromEntries(input.headers) },
          request,
        );

      const fingerprint = fingerprintOf([request.method, url.pathname + url.search, body?.text ?? ""]);
      const { answer, replayed } = await withIdempotency(
        { scope: `token:${caller.tokenId}`, key: idempotencyKey, fingerprint },
        async () => {
          const encoded = encodeSuccess(contract, await execute());
          const stored: StoredSuccess = { json: encoded.json, headers: Object.fromEntries(input.headers) };
          return { status: encoded.status, body: stored as unknown as Prisma.InputJsonValue };
        },
      );
      const stored = answer.body as unknown as StoredSuccess;
      return jsonResponse(
        contract,
        { status: answer.status, json: stored.json },
        { ...limitHeaders, ...stored.headers, ...(replayed ? { [REPLAYED_HEADER]: "true" } : {}) },
      );
    } catch (error) {
      return problemResponse(error, url.pathname, limitHeaders, requestIdOf(request));
    }
  };
  return Object.assign(handler, { contract });
}

/** Runs the operation: a mutation of an existing resource honours If-Match and answers its new ETag (lib/api/http/preconditions.ts); a create answers the new resource's. */
async function executeOperation<C extends RouteContract>(
  contract: C,
  input: RouteInput<C>,
  run: (input: RouteInput<C>) => Promise<RouteResult<C>>,
): Promise<RouteResult<C>> {
  if (contract.resource && contract.method !== "GET") return runConditionalMutation(contract, input, () => run(input));
  const result = await run(input);
  if (contract.creates) input.headers.set("ETag", entityTagOfRepresentation(contract.creates, result, input.url));
  return result;
}

/** The GET of a resource (contract.resource): its representation as the resource loads it, the same one If-Match is checked against. */
export function handleResourceRead<const C extends RouteContract & { method: "GET"; resource: object }>(
  contract: C,
): ApiRouteHandler {
  return handleRoute(contract, (input) => loadRepresentation(contract.resource, input) as Promise<RouteResult<C>>);
}

/** For the few operations that need no token (the OpenAPI document): no actor, no rate limit. */
export function handlePublicRoute<const C extends RouteContract>(
  contract: C,
  run: (url: URL) => Promise<RouteResult<C>>,
): ApiRouteHandler {
  const handler = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    try {
      return successResponse(contract, await run(url), {}, request);
    } catch (error) {
      return problemResponse(error, url.pathname, {}, requestIdOf(request));
    }
  };
  return Object.assign(handler, { contract });
}

async function parseParams(contract: RouteContract, context: NextRouteContext): Promise<unknown> {
  if (!contract.params) return undefined;
  const parsed = contract.params.safeParse(await context.params);
  // a path that cannot name anything is "not found", like an id that names nothing
  if (!parsed.success) throw new NotFoundError();
  return parsed.data;
}

function parseQuery(contract: RouteContract, url: URL): unknown {
  if (!contract.query) return undefined;
  const raw = Object.fromEntries(url.searchParams);
  if (Object.values(raw).some((value) => value.includes("\u0000"))) throw nulRefused("A query parameter");
  const parsed = contract.query.safeParse(raw);
  if (!parsed.success) throw new BadRequestError("The query parameters are not valid.", zodFieldErrors(parsed.error));
  return parsed.data;
}

/** The body as the route receives it, and its text (an idempotent request's fingerprint). */
async function parseBody(
  contract: RouteContract,
  request: Request,
): Promise<{ parsed: unknown; text: string } | undefined> {
  if (!contract.body) return undefined;
  const { mediaTypes, maxBytes } = contract.body;
  const { mediaType, text } = await readRequestBody(request, { mediaTypes: Object.keys(mediaTypes), maxBytes });
  const raw = isJsonMediaType(mediaType) ? parseJsonText(text) : text;
  const parsed = mediaTypes[mediaType]!.safeParse(raw);
  if (!parsed.success) throw new BadRequestError("The request body is not valid.", zodFieldErrors(parsed.error));
  return { parsed: { mediaType, value: parsed.data }, text };
}

export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === "application/json" || mediaType.endsWith("+json");
}

/** What an idempotent request's first answer leaves to replay: its JSON (null for 204) and the headers the route set. */
interface StoredSuccess {
  json: unknown;
  headers: Record<string, string>;
}

function successResponse(
  contract: RouteContract,
  result: unknown,
  headers: Record<string, string>,
  request: Request,
): Response {
  if (contract.success.file) return fileResponse(result as FileResult, { ...headers, "Cache-Control": "no-store" });
  const encoded = encodeSuccess(contract, result);
  if (contract.resource && contract.method === "GET") return resourceReadResponse(contract, encoded, headers, request);
  return jsonResponse(contract, encoded, headers);
}

/**
 * A resource's GET: its ETag, computed from the JSON it answers, and 304 Not
 * Modified without a body when If-None-Match names it. Clients may keep the
 * answer and revalidate it (private, no-cache) rather than never store it.
 */
function resourceReadResponse(
  contract: RouteContract,
  encoded: { status: number; json: unknown },
  headers: Record<string, string>,
  request: Request,
): Response {
  const etag = entityTagOf(encoded.json, apiOrigin(new URL(request.url)));
  const validated = { ...headers, ETag: etag, "Cache-Control": "private, no-cache" };
  const condition = parseEntityTagCondition(request.headers.get("if-none-match"), "If-None-Match");
  if (condition && clientCopyIsCurrent(condition, etag)) return new Response(null, { status: 304, headers: validated });
  return new Response(JSON.stringify(encoded.json), {
    status: encoded.status,
    headers: { ...validated, "Content-Type": contract.success.mediaType ?? "application/json" },
  });
}

/** The result encoded with the success schema (null when the operation answers 204). */
function encodeSuccess(contract: RouteContract, result: unknown): { status: number; json: unknown } {
  const { status, schema } = contract.success;
  if (!schema) return { status, json: null };
  const encoded = z.safeEncode(schema, result);
  // The use case's result does not fit the documented schema: our bug, never the caller's (500).
  if (!encoded.success)
    throw new Error(`Response of ${contract.operationId} does not match its schema: ${encoded.error.message}`);
  return { status, json: encoded.data };
}

function jsonResponse(
  contract: RouteContract,
  encoded: { status: number; json: unknown },
  headers: Record<string, string>,
): Response {
  const common = { ...headers, "Cache-Control": "no-store" };
  if (!contract.success.schema) return new Response(null, { status: encoded.status, headers: common });
  return new Response(JSON.stringify(encoded.json), {
    status: encoded.status,
    headers: { ...common, "Content-Type": contract.success.mediaType ?? "application/json" },
  });
}

/**
 * Streams a file as its generator yields (a slow client slows the database
 * reads instead of filling memory). Errors before the first chunk were
 * already answered as problems; a failure mid-stream breaks the download, so
 * the client never holds a file that looks complete.
 */
function fileResponse(file: FileResult, headers: Record<string, string>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await file.body.next();
        if (done) controller.close();
        else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
      } catch (error) {
        console.error("[factdesk] API file response failed mid-stream", error);
        controller.error(error);
      }
    },
    async cancel() {
      await file.body.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      ...headers,
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
    },
  });
}
