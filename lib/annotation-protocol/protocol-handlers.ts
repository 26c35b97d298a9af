/**
 * What the Web Annotation Protocol asks of every answer, around the API's
 * common handler (lib/api/http/handle-route.ts: token, rate limit, parsing,
 * problems, ETag and If-Match): the LDP `Link` types and constraints, `Allow`,
 * `Accept-Post`, `Vary`, the negotiated Content-Type; for the container its
 * ETag, 304, `Content-Location` and `Preference-Applied`; HEAD and OPTIONS;
 * 410 Gone for a deleted annotation; 428 for a change without If-Match.
 */
import { authenticateApiToken } from "@/lib/api/http/authenticate-api-token";
import { clientCopyIsCurrent, entityTagOf, parseEntityTagCondition } from "@/lib/api/http/etag";
import { apiOrigin } from "@/lib/api/http/api-origin";
import { problemResponse, requestIdOf } from "@/lib/api/http/problem-response";
import type { ApiRouteHandler, NextRouteContext } from "@/lib/api/http/handle-route";
import type { RouteContract } from "@/lib/api/route-contract";
import { PreconditionFailedError } from "@/lib/api/http/api-errors";
import { NotFoundError } from "@/lib/errors";
import { negotiatedContentType, preferredView } from "./negotiation";
import { wasDeleted } from "./protocol-annotations";
import {
  ACCEPT_POST,
  ANNOTATION_ALLOW,
  CONTAINER_ALLOW,
  containerIri,
  LDP_BASIC_CONTAINER,
  LDP_CONSTRAINED_BY,
  LDP_RESOURCE,
  OA_ANNOTATION,
  PROTOCOL_SPEC,
} from "./vocab";

type Kind = "container" | "annotation";

const CONSTRAINED_BY = `<${PROTOCOL_SPEC}>; rel="${LDP_CONSTRAINED_BY}"`;
const LINKS: Record<Kind, string> = {
  container: `<${LDP_BASIC_CONTAINER}>; rel="type", ${CONSTRAINED_BY}`,
  annotation: `<${LDP_RESOURCE}>; rel="type", <${OA_ANNOTATION}>; rel="type"`,
};

function protocolHeaders(kind: Kind): Record<string, string> {
  return kind === "container"
    ? { Link: LINKS.container, Allow: CONTAINER_ALLOW, "Accept-Post": ACCEPT_POST, Vary: "Accept, Prefer" }
    : { Link: LINKS.annotation, Allow: ANNOTATION_ALLOW, Vary: "Accept" };
}

/** A handler of the container or of one annotation, with the protocol's headers on every answer (failures name the constraints: LDP 4.2.1.6). */
export function protocolRoute(kind: Kind, handler: ApiRouteHandler): ApiRouteHandler {
  const wrapped = async (request: Request, context: NextRouteContext): Promise<Response> => {
    const refused = await refuseUnconditionalChange(kind, request);
    if (refused) return refused;
    let response = await handler(request, context);
    if (kind === "annotation" && response.status === 404 && request.method === "GET")
      response = await goneWhenDeleted(request, context, response);
    if (!response.ok && response.status !== 304)
      return withHeaders(response, {
        ...protocolHeaders(kind),
        Link: `${LINKS[kind]}${kind === "annotation" ? `, ${CONSTRAINED_BY}` : ""}`,
      });
    if (kind === "container" && request.method === "GET") return containerRead(request, response, await context.params);
    const contentType: Record<string, string> = response.headers.get("content-type")
      ? { "Content-Type": negotiatedContentType(request.headers.get("accept")) }
      : {};
    // a POST to the container answers the new annotation: its headers, not the container's
    return withHeaders(response, {
      ...protocolHeaders(request.method === "POST" ? "annotation" : kind),
      ...contentType,
    });
  };
  return Object.assign(wrapped, { contract: handler.contract });
}

/** HEAD: the GET's status and headers, no body. */
export function headRoute(contract: RouteContract, get: ApiRouteHandler): ApiRouteHandler {
  const head = async (request: Request, context: NextRouteContext): Promise<Response> => {
    const response = await get(new Request(request.url, { method: "GET", headers: request.headers }), context);
    return new Response(null, { status: response.status, headers: response.headers });
  };
  return Object.assign(head, { contract });
}

/** OPTIONS: what the resource allows, without a token (a browser's CORS preflight carries none). */
export function optionsRoute(contract: RouteContract, kind: Kind): ApiRouteHandler {
  const options = async (): Promise<Response> =>
    new Response(null, { status: 204, headers: { ...protocolHeaders(kind), "Cache-Control": "no-store" } });
  return Object.assign(options, { contract });
}

/**
 * The container's GET: its ETag (from the JSON it answers, like every API
 * resource), 304 to a matching If-None-Match, the IRI of the representation
 * chosen (Content-Location) and the preference applied.
 */
async function containerRead(request: Request, response: Response, params: Record<string, unknown>): Promise<Response> {
  const url = new URL(request.url);
  const origin = apiOrigin(url);
  const text = await response.text();
  const etag = entityTagOf(JSON.parse(text), origin);
  const prefer = preferredView(request.headers.get("prefer"));
  const container = containerIri(origin, String(params.articleId));
  const iris = url.searchParams.get("iris");
  const view = iris === "1" ? "iris" : iris === "0" ? "descriptions" : (prefer ?? "descriptions");
  const page = url.searchParams.get("page");
  const location =
    page !== null
      ? `${container}?${view === "iris" ? "iris=1&" : ""}page=${page}`
      : view === "minimal"
        ? container
        : `${container}?iris=${view === "iris" ? 1 : 0}`;
  const headers: Record<string, string> = {
    ...Object.fromEntries(response.headers),
    ...protocolHeaders("container"),
    ETag: etag,
    "Cache-Control": "private, no-cache",
    "Content-Location": location,
    ...(prefer && iris === null && page === null ? { "Preference-Applied": "return=representation" } : {}),
  };
  const condition = parseEntityTagCondition(request.headers.get("if-none-match"), "If-None-Match");
  if (condition && clientCopyIsCurrent(condition, etag)) {
    delete headers["content-type"];
    return new Response(null, { status: 304, headers });
  }
  return new Response(text, {
    status: response.status,
    headers: { ...headers, "content-type": negotiatedContentType(request.headers.get("accept")) },
  });
}

/** 404 of an annotation that existed in this container and was deleted: 410 Gone (the protocol's SHOULD), for a caller of its workspace. */
async function goneWhenDeleted(request: Request, context: NextRouteContext, notFound: Response): Promise<Response> {
  const params = await context.params;
  const caller = await authenticateApiToken(request.headers.get("authorization")).catch(() => null);
  if (!caller || typeof params.articleId !== "string" || typeof params.annotationId !== "string") return notFound;
  if (!(await wasDeleted(caller.actor, params.articleId, params.annotationId))) return notFound;
  return await restatus(
    problemResponse(new NotFoundError("Annotation"), new URL(request.url).pathname, {}, requestIdOf(request)),
    410,
    "Gone",
    "This annotation was deleted.",
  );
}

/**
 * PUT and DELETE of an annotation need If-Match (RFC 6585 428 Precondition
 * Required): the protocol's clients SHOULD send it, and an annotation changed
 * by someone else since it was read must never be overwritten unseen. A
 * request without a valid token is left to the handler (401 first).
 */
async function refuseUnconditionalChange(kind: Kind, request: Request): Promise<Response | null> {
  if (
    kind !== "annotation" ||
    (request.method !== "PUT" && request.method !== "DELETE") ||
    request.headers.has("if-match")
  )
    return null;
  const caller = await authenticateApiToken(request.headers.get("authorization")).catch(() => null);
  if (!caller) return null;
  const problem = problemResponse(
    new PreconditionFailedError("Annotation"),
    new URL(request.url).pathname,
    {},
    requestIdOf(request),
  );
  return withHeaders(
    await restatus(
      problem,
      428,
      "Precondition Required",
      "Send If-Match with the annotation's ETag (from GET): changes without it are refused.",
    ),
    protocolHeaders(kind),
  );
}

/** A problem answer with another status than its code's (410 and 428 have no code of their own: not_found and precondition_failed say what happened). */
async function restatus(response: Response, status: number, title: string, detail: string): Promise<Response> {
  const problem = (await response.json()) as Record<string, unknown>;
  return new Response(JSON.stringify({ ...problem, status, title, detail }), { status, headers: response.headers });
}

function withHeaders(response: Response, extra: Record<string, string>): Response {
  const headers = new Headers(response.headers);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
