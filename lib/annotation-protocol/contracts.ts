/**
 * The Web Annotation Protocol's operations as API contracts (documented in
 * the OpenAPI document like every other route). The protocol's own headers
 * (Link types, Allow, Accept-Post, Vary, Content-Location,
 * Preference-Applied) and its 410 / 428 answers are added by
 * lib/annotation-protocol/protocol-handlers.ts around the common handler.
 */
import { z } from "zod";
import { defineResource, defineRoute } from "@/lib/api/route-contract";
import { apiOrigin } from "@/lib/api/http/api-origin";
import { NotFoundError } from "@/lib/errors";
import { Id, JSON_BODY_LIMIT } from "@/lib/api/http/wire";
import { WebAnnotationSchema } from "@/lib/api/annotations/contracts";
import { loadProtocolAnnotation } from "./protocol-annotations";
import { ANNOTATION_MEDIA_TYPE, articleIdOfProtocolUrl } from "./vocab";

const TAG = "Annotation Protocol";
const ContainerParams = z.object({ articleId: Id });
const AnnotationParams = z.object({ articleId: Id, annotationId: Id });

const ProtocolAnnotationSchema = WebAnnotationSchema.extend({
  id: z.string().describe("the annotation's IRI inside its container"),
  canonical: z.string().describe("the canonical IRI the client gave, else Factdesk's stable IRI of the annotation"),
  via: z.string().optional().describe("the id the client sent when creating it"),
}).meta({ id: "ProtocolAnnotation" });

const TypeField = z.union([z.string(), z.array(z.string())]);

export const AnnotationContainerSchema = z
  .looseObject({
    "@context": z.array(z.unknown()).optional(),
    id: z.string(),
    type: TypeField.describe('["BasicContainer", "AnnotationCollection"]; "AnnotationPage" for a page'),
    total: z.number().int().optional().describe("the container's annotations"),
    first: z
      .unknown()
      .optional()
      .describe(
        "the first AnnotationPage, embedded (its IRI with PreferMinimalContainer); absent when the container is empty",
      ),
    last: z.string().optional(),
    partOf: z.string().optional().describe("a page: its container"),
    startIndex: z.number().int().optional().describe("a page: the position of its first item in the container"),
    items: z
      .array(z.unknown())
      .optional()
      .describe("a page: whole annotations, or their IRIs (PreferContainedIRIs or ?iris=1)"),
    next: z.string().optional(),
    prev: z.string().optional(),
  })
  .meta({ id: "AnnotationContainer" });

/** A posted or replaced annotation: one W3C Web Annotation whose target is this article's text (checked by the use case). */
const ProtocolAnnotationInputSchema = z
  .looseObject({
    "@context": z.unknown().optional(),
    id: z.string().optional().describe("kept as `via`: the server mints the annotation's IRI"),
    canonical: z.string().optional().describe("kept as given"),
    type: TypeField.refine((t) => [t].flat().includes("Annotation"), 'must be "Annotation"'),
    target: z
      .unknown()
      .describe(
        "source: the article's URL or any of its Factdesk IRIs; selector: a TextQuoteSelector, optionally a TextPositionSelector (code points)",
      ),
  })
  .meta({ id: "ProtocolAnnotationInput" });
const BODY = {
  mediaTypes: {
    "application/ld+json": ProtocolAnnotationInputSchema,
    "application/json": ProtocolAnnotationInputSchema,
  },
  maxBytes: JSON_BODY_LIMIT,
};

/** An annotation of a container: its ETag is computed from this representation, If-Match is checked against it. */
export const protocolAnnotationResource = defineResource({
  name: "Annotation",
  schema: ProtocolAnnotationSchema,
  table: "Annotation",
  idParam: "annotationId",
  load: (actor, annotationId, url) => {
    const articleId = articleIdOfProtocolUrl(url);
    if (!articleId) throw new NotFoundError("Annotation");
    return loadProtocolAnnotation(actor, articleId, annotationId, apiOrigin(url));
  },
});

const LDP_TYPES =
  'LDP types and constraints: the container\'s `<http://www.w3.org/ns/ldp#BasicContainer>; rel="type"` and `<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"`';
const CONTAINER_RESPONSE_HEADERS = {
  Link: LDP_TYPES,
  Allow: "GET, HEAD, OPTIONS, POST",
  "Accept-Post": "the media types POST accepts",
  Vary: "Accept, Prefer",
  ETag: "the entity tag of this representation (If-None-Match: 304)",
  "Content-Location":
    "the IRI of the representation answered (?iris=0, ?iris=1, or the container itself with PreferMinimalContainer)",
  "Preference-Applied": "return=representation, when a Prefer header was honoured",
};
const ANNOTATION_RESPONSE_HEADERS = {
  Link: '`<http://www.w3.org/ns/ldp#Resource>; rel="type"` and `<http://www.w3.org/ns/oa#Annotation>; rel="type"`',
  Allow: "GET, HEAD, OPTIONS, PUT, DELETE",
  Vary: "Accept",
};
const PREFER = {
  name: "Prefer",
  description:
    'return=representation; include="http://www.w3.org/ns/ldp#PreferMinimalContainer" (page links only), "http://www.w3.org/ns/oa#PreferContainedIRIs" (pages of IRIs) or "http://www.w3.org/ns/oa#PreferContainedDescriptions" (pages of whole annotations, the default)',
};
const IF_MATCH = {
  name: "If-Match",
  required: true,
  description:
    "The annotation's ETag as you read it (or `*`): 428 without it, 412 (code precondition_failed) when it changed since; checked and written in one transaction.",
};

const CONTAINER_HEADERS =
  'Answers `Link: <http://www.w3.org/ns/ldp#BasicContainer>; rel="type"` and `<http://www.w3.org/TR/annotation-protocol/>; rel="http://www.w3.org/ns/ldp#constrainedBy"`, `Allow`, `Accept-Post`, `Vary: Accept, Prefer`, `ETag` (304 to a matching If-None-Match) and `Content-Location`.';

export const getAnnotationContainerRoute = defineRoute({
  method: "GET",
  path: "/articles/{articleId}/container",
  operationId: "getAnnotationContainer",
  summary: "The article's W3C Web Annotation Protocol container (its IRI ends in /), or one of its pages",
  description:
    "An LDP BasicContainer and AnnotationCollection at `/api/v1/articles/{articleId}/container/`. " +
    'Honours `Prefer: return=representation; include="…"` with `http://www.w3.org/ns/ldp#PreferMinimalContainer` (links to the pages only), ' +
    "`http://www.w3.org/ns/oa#PreferContainedIRIs` (pages of IRIs) or `http://www.w3.org/ns/oa#PreferContainedDescriptions` (pages of whole annotations, the default), and says so in `Preference-Applied`. " +
    "`?page=n` is a page (`?iris=1&page=n`: of IRIs), 404 beyond the last; an empty container has no pages. " +
    CONTAINER_HEADERS,
  tag: TAG,
  role: "VIEWER",
  params: ContainerParams,
  query: z.object({
    page: z.coerce.number().int().min(0).max(1_000_000).optional().describe("a page of the container, from 0"),
    iris: z
      .enum(["0", "1"])
      .optional()
      .describe("1: annotations' IRIs only (as PreferContainedIRIs); 0: whole annotations"),
  }),
  requestHeaders: [
    PREFER,
    {
      name: "If-None-Match",
      description: "ETags of the representation you hold: 304 without a body when one is current.",
    },
  ],
  success: {
    status: 200,
    description: "The container, or the page asked for",
    schema: AnnotationContainerSchema,
    mediaType: ANNOTATION_MEDIA_TYPE,
    headers: CONTAINER_RESPONSE_HEADERS,
  },
  errors: [400, 404],
});

export const headAnnotationContainerRoute = defineRoute({
  method: "HEAD",
  path: "/articles/{articleId}/container",
  operationId: "headAnnotationContainer",
  summary: "The container's headers without its body",
  tag: TAG,
  role: "VIEWER",
  params: ContainerParams,
  requestHeaders: [PREFER],
  success: { status: 200, description: "The headers GET answers", headers: CONTAINER_RESPONSE_HEADERS },
  errors: [404],
});

export const optionsAnnotationContainerRoute = defineRoute({
  method: "OPTIONS",
  path: "/articles/{articleId}/container",
  operationId: "optionsAnnotationContainer",
  summary: "What the container allows (Allow, Accept-Post, Link); no token needed",
  tag: TAG,
  role: null,
  params: ContainerParams,
  success: {
    status: 204,
    description: "Allow, Accept-Post and Link headers",
    headers: {
      Link: LDP_TYPES,
      Allow: CONTAINER_RESPONSE_HEADERS.Allow,
      "Accept-Post": CONTAINER_RESPONSE_HEADERS["Accept-Post"],
    },
  },
  errors: [],
});

export const createContainerAnnotationRoute = defineRoute({
  method: "POST",
  path: "/articles/{articleId}/container",
  operationId: "createContainerAnnotation",
  summary: "Create an annotation of the article's latest text in its container",
  description:
    "Send one W3C Web Annotation (`application/ld+json` with the anno profile, or `application/json`). The server mints its IRI inside the container " +
    "(`Location`, 201); the `id` you sent is kept as `via`, your `canonical` as given. The target's source must be this article (its URL or a Factdesk IRI of it) " +
    "and its TextQuoteSelector must quote its latest text (a TextPositionSelector in code points places it; without one, the quote must occur once or be told apart by prefix/suffix): 400 otherwise.",
  tag: TAG,
  role: "EDITOR",
  params: ContainerParams,
  body: BODY,
  success: {
    status: 201,
    description: "The new annotation",
    schema: ProtocolAnnotationSchema,
    mediaType: ANNOTATION_MEDIA_TYPE,
    headers: { Location: "the new annotation's IRI, inside the container", ...ANNOTATION_RESPONSE_HEADERS },
  },
  errors: [400, 403, 404, 409, 413, 415, 422],
  creates: protocolAnnotationResource,
});

const ANNOTATION_HEADERS =
  'Answers `Link: <http://www.w3.org/ns/ldp#Resource>; rel="type"` (and oa:Annotation), `Allow`, `Vary: Accept` and `ETag`.';

export const getContainerAnnotationRoute = defineRoute({
  method: "GET",
  path: "/articles/{articleId}/container/{annotationId}",
  operationId: "getContainerAnnotation",
  summary: "One annotation of the container",
  description: `410 Gone (problem code \`not_found\`) once it was deleted; 404 when it never existed. ${ANNOTATION_HEADERS}`,
  tag: TAG,
  role: "VIEWER",
  params: AnnotationParams,
  success: {
    status: 200,
    description: "The annotation",
    schema: ProtocolAnnotationSchema,
    mediaType: ANNOTATION_MEDIA_TYPE,
    headers: ANNOTATION_RESPONSE_HEADERS,
  },
  errors: [404],
  resource: protocolAnnotationResource,
});

export const headContainerAnnotationRoute = defineRoute({
  method: "HEAD",
  path: "/articles/{articleId}/container/{annotationId}",
  operationId: "headContainerAnnotation",
  summary: "The annotation's headers without its body",
  tag: TAG,
  role: "VIEWER",
  params: AnnotationParams,
  success: {
    status: 200,
    description: "The headers GET answers",
    headers: { ETag: "the annotation's entity tag", ...ANNOTATION_RESPONSE_HEADERS },
  },
  errors: [404],
});

export const optionsContainerAnnotationRoute = defineRoute({
  method: "OPTIONS",
  path: "/articles/{articleId}/container/{annotationId}",
  operationId: "optionsContainerAnnotation",
  summary: "What an annotation allows (Allow, Link); no token needed",
  tag: TAG,
  role: null,
  params: AnnotationParams,
  success: { status: 204, description: "Allow and Link headers", headers: ANNOTATION_RESPONSE_HEADERS },
  errors: [],
});

const IF_MATCH_REQUIRED =
  "`If-Match` with the annotation's ETag is required: 428 Precondition Required (problem code `precondition_failed`) without it, 412 when it is stale.";

export const replaceContainerAnnotationRoute = defineRoute({
  method: "PUT",
  path: "/articles/{articleId}/container/{annotationId}",
  operationId: "replaceContainerAnnotation",
  summary: "Replace an annotation's bodies and motivation (yours, or any as an admin)",
  description: `Send the whole annotation as GET answered it, edited. Its target and canonical cannot change (400). ${IF_MATCH_REQUIRED}`,
  tag: TAG,
  role: "EDITOR",
  params: AnnotationParams,
  body: BODY,
  requestHeaders: [IF_MATCH],
  success: {
    status: 200,
    description: "The annotation after the change",
    schema: ProtocolAnnotationSchema,
    mediaType: ANNOTATION_MEDIA_TYPE,
    headers: ANNOTATION_RESPONSE_HEADERS,
  },
  errors: [400, 403, 404, 409, 413, 415, 422],
  resource: protocolAnnotationResource,
});

export const deleteContainerAnnotationRoute = defineRoute({
  method: "DELETE",
  path: "/articles/{articleId}/container/{annotationId}",
  operationId: "deleteContainerAnnotation",
  summary: "Delete an annotation (yours, or any as an admin)",
  description: `A passage a published report shows needs \`correctionNote\` (422 otherwise). Afterwards GET answers 410. ${IF_MATCH_REQUIRED}`,
  tag: TAG,
  role: "EDITOR",
  params: AnnotationParams,
  query: z.object({
    correctionNote: z.string().max(2000).optional().describe("required when a published report shows this passage"),
  }),
  requestHeaders: [IF_MATCH],
  success: { status: 204, description: "Deleted" },
  errors: [400, 403, 404, 422],
  resource: protocolAnnotationResource,
});

export const ANNOTATION_PROTOCOL_ROUTES = [
  getAnnotationContainerRoute,
  headAnnotationContainerRoute,
  optionsAnnotationContainerRoute,
  createContainerAnnotationRoute,
  getContainerAnnotationRoute,
  headContainerAnnotationRoute,
  optionsContainerAnnotationRoute,
  replaceContainerAnnotationRoute,
  deleteContainerAnnotationRoute,
] as const;
