import { z } from "zod";
import { NotFoundError } from "@/lib/errors";
import { authenticateApiToken } from "@/lib/api/authenticate-api-token";
import { BadRequestError, RateLimitedError } from "@/lib/api/api-errors";
import { API_RATE_LIMIT, consumeRateLimit, rateLimitHeaders } from "@/lib/api/rate-limit";
import { nulRefused, parseJsonText, readRequestBody } from "@/lib/api/read-body";
import { problemResponse, zodFieldErrors } from "@/lib/api/problem-response";
import type { FileResult, RouteContract, RouteInput, RouteResult } from "@/lib/api/route-contract";

/** Next.js hands dynamic segments to route handlers as a promise. */
export interface NextRouteContext {
  params: Promise<Record<string, string | string[] | undefined>>;
}

export type ApiRouteHandler = ((request: Request, context: NextRouteContext) => Promise<Response>) & { contract: RouteContract };

/**
 * Builds a route handler from a contract: authenticate the bearer token (401),
 * count the request against the token's rate limit (429), parse path, query
 * and body with the contract's schemas (404 / 400 / 415 / 413), run the use
 * case, encode its result with the success schema, and turn every error into
 * problem+json. Nothing of the request is trusted before it was parsed here.
 */
export function handleRoute<const C extends RouteContract>(contract: C, run: (input: RouteInput<C>) => Promise<RouteResult<C>>): ApiRouteHandler {
  const handler = async (request: Request, context: NextRouteContext): Promise<Response> => {
    const url = new URL(request.url);
    let limitHeaders: Record<string, string> = {};
    try {
      const caller = await authenticateApiToken(request.headers.get("authorization"));
      const limit = await consumeRateLimit(`api-token:${caller.tokenId}`, API_RATE_LIMIT);
      limitHeaders = rateLimitHeaders(limit);
      if (!limit.allowed) throw new RateLimitedError(limit.resetSeconds);

      const input = {
        actor: caller.actor,
        params: await parseParams(contract, context),
        query: parseQuery(contract, url),
        body: await parseBody(contract, request),
        request,
        url,
        headers: new Headers(),
      } as RouteInput<C>;
      const result = await run(input);
      return successResponse(contract, result, { ...limitHeaders, ...Object.fromEntries(input.headers) });
    } catch (error) {
      return problemResponse(error, url.pathname, limitHeaders);
    }
  };
  return Object.assign(handler, { contract });
}

/** For the few operations that need no token (the OpenAPI document): no actor, no rate limit. */
export function handlePublicRoute<const C extends RouteContract>(contract: C, run: (url: URL) => Promise<RouteResult<C>>): ApiRouteHandler {
  const handler = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    try {
      return successResponse(contract, await run(url), {});
    } catch (error) {
      return problemResponse(error, url.pathname);
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

async function parseBody(contract: RouteContract, request: Request): Promise<unknown> {
  if (!contract.body) return undefined;
  const { mediaTypes, maxBytes } = contract.body;
  const { mediaType, text } = await readRequestBody(request, { mediaTypes: Object.keys(mediaTypes), maxBytes });
  const raw = isJsonMediaType(mediaType) ? parseJsonText(text) : text;
  const parsed = mediaTypes[mediaType]!.safeParse(raw);
  if (!parsed.success) throw new BadRequestError("The request body is not valid.", zodFieldErrors(parsed.error));
  return { mediaType, value: parsed.data };
}

export function isJsonMediaType(mediaType: string): boolean {
  return mediaType === "application/json" || mediaType.endsWith("+json");
}

function successResponse(contract: RouteContract, result: unknown, headers: Record<string, string>): Response {
  const { status, schema, mediaType, file } = contract.success;
  const common = { ...headers, "Cache-Control": "no-store" };
  if (file) return fileResponse(result as FileResult, common);
  if (!schema) return new Response(null, { status, headers: common });
  const encoded = z.safeEncode(schema, result);
  // The use case's result does not fit the documented schema: our bug, never the caller's (500).
  if (!encoded.success) throw new Error(`Response of ${contract.operationId} does not match its schema: ${encoded.error.message}`);
  return new Response(JSON.stringify(encoded.data), { status, headers: { ...common, "Content-Type": mediaType ?? "application/json" } });
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
    headers: { ...headers, "Content-Type": file.contentType, "Content-Disposition": `attachment; filename="${file.filename}"` },
  });
}
