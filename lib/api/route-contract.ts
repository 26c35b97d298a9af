import type { z } from "zod";
import type { Actor, Role } from "@/lib/policy/actor";

/**
 * One API operation as data: its path, the zod schemas of its parameters,
 * query, body and success response, and the error statuses it may answer.
 * The route handler (lib/api/http/handle-route.ts) parses and encodes with exactly
 * these schemas, and the OpenAPI document (lib/api/openapi-document.ts) is
 * generated from them, so the document cannot drift from what runs.
 */
/** HEAD and OPTIONS: only where a protocol asks for their answers explicitly (the Web Annotation Protocol's container) */
export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

export interface RouteContract {
  method: HttpMethod;
  /** OpenAPI path under /api/v1, e.g. "/claims/{claimId}"; must match the route file's folder */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  /** least role that may call it (documentation; the use cases enforce it); null: no token needed */
  role: Role | null;
  params?: z.ZodObject;
  query?: z.ZodObject;
  /** accepted media types, each with its schema: JSON types are parsed first, text types arrive as the string */
  body?: { mediaTypes: Record<string, z.ZodType>; maxBytes: number; description?: string };
  /** JSON (`schema`, encoded by the handler), nothing (204), or a streamed file in one of `file.mediaTypes` */
  /** `headers`: response headers the operation sets besides the common ones (name → what it says), for the document */
  success: {
    status: 200 | 201 | 204;
    description: string;
    schema?: z.ZodType;
    mediaType?: string;
    file?: { mediaTypes: readonly string[] };
    headers?: Record<string, string>;
  };
  /** request headers the operation reads besides the common ones (a protocol's Prefer, a required If-Match), for the document */
  requestHeaders?: readonly { name: string; description: string; required?: boolean }[];
  /** error statuses besides 401 and 429, which every authenticated operation may answer (and 304/412 of a `resource`) */
  errors: readonly (400 | 403 | 404 | 409 | 413 | 415 | 422)[];
  /**
   * The existing resource the operation reads or acts on. A GET answers its
   * ETag (and 304 to a matching If-None-Match); a mutation honours If-Match
   * (412 when stale, checked and written in one transaction: see
   * lib/api/http/preconditions.ts) and answers the resource's new ETag.
   */
  resource?: ApiResource;
  /** the resource a POST creates and answers (201): the answer carries its ETag */
  creates?: ApiResource;
}

/** Tables whose rows stand for an API resource (their row lock serializes conditional writes). */
export type ResourceTable =
  "Article" | "Annotation" | "Claim" | "Verdict" | "Conflict" | "Workspace" | "Membership" | "Invitation";

/** A resource of the API as the contracts declare it: how to find its row and load its representation. */
export interface ApiResource {
  /** for messages: "Claim" */
  name: string;
  /** the representation's schema (the GET's success schema): the ETag is computed from its encoding */
  schema: z.ZodType;
  /** the resource's row: in `table`, with the id in path parameter `idParam`; `null`: the token's workspace itself (settings) */
  table: ResourceTable;
  idParam: string | null;
  /** the representation as GET answers it, read through the actor's scope (NotFoundError when not visible) */
  load: (actor: Actor, id: string, url: URL) => Promise<unknown>;
}

export function defineResource<const R extends ApiResource>(resource: R): R {
  return resource;
}

export function defineRoute<const C extends RouteContract>(contract: C): C {
  return contract;
}

type OutputOf<T> = T extends z.ZodType ? z.output<T> : undefined;

type BodyOf<C extends RouteContract> = C["body"] extends { mediaTypes: infer M extends Record<string, z.ZodType> }
  ? { [K in keyof M & string]: { mediaType: K; value: z.output<M[K]> } }[keyof M & string]
  : undefined;

/** What a route's implementation receives, typed from its contract. */
export interface RouteInput<C extends RouteContract> {
  actor: Actor;
  params: OutputOf<C["params"]>;
  query: OutputOf<C["query"]>;
  body: BodyOf<C>;
  request: Request;
  url: URL;
  /** headers to add to the success response (Location, ETag, Link) */
  headers: Headers;
}

/** A file to stream as the response body (report exports): chunks are written as they are produced. */
export interface FileResult {
  contentType: string;
  /** ASCII-safe, without folders */
  filename: string;
  body: AsyncGenerator<string | Uint8Array>;
}

/** What a route's implementation returns: the success schema's output (encoded by the handler), a file, or nothing for 204. */
export type RouteResult<C extends RouteContract> = C["success"]["schema"] extends z.ZodType
  ? z.output<C["success"]["schema"]>
  : C["success"]["file"] extends object
    ? FileResult
    : void;
