/**
 * The W3C Web Annotation Protocol's names (https://www.w3.org/TR/annotation-protocol/)
 * and the addresses of Factdesk's containers: one LDP BasicContainer per
 * article at `/api/v1/articles/<articleId>/container/` (a container's IRI
 * ends in "/"; proxy.ts lets that slash through), its annotations at
 * `<container><annotationId>`. Addresses are built on the origin the API
 * answers at (lib/api/public-origin.ts), like every other API link, so a
 * client can follow them; creators' IRIs use the public address instead
 * (lib/exports/web-annotation-vocab.ts agentIri).
 */
import { ANNO_CONTEXT, FACTDESK_VOCAB } from "@/lib/exports/web-annotation-vocab";

export const ANNOTATION_MEDIA_TYPE = `application/ld+json; profile="${ANNO_CONTEXT}"`;
export const LDP_CONTEXT = "http://www.w3.org/ns/ldp.jsonld";
export const CONTAINER_CONTEXT = [ANNO_CONTEXT, LDP_CONTEXT, { factdesk: FACTDESK_VOCAB }] as const;

export const LDP_BASIC_CONTAINER = "http://www.w3.org/ns/ldp#BasicContainer";
export const LDP_RESOURCE = "http://www.w3.org/ns/ldp#Resource";
export const OA_ANNOTATION = "http://www.w3.org/ns/oa#Annotation";
export const LDP_CONSTRAINED_BY = "http://www.w3.org/ns/ldp#constrainedBy";
export const PROTOCOL_SPEC = "http://www.w3.org/TR/annotation-protocol/";

export const PREFER_MINIMAL_CONTAINER = "http://www.w3.org/ns/ldp#PreferMinimalContainer";
export const PREFER_CONTAINED_IRIS = "http://www.w3.org/ns/oa#PreferContainedIRIs";
export const PREFER_CONTAINED_DESCRIPTIONS = "http://www.w3.org/ns/oa#PreferContainedDescriptions";

/** Annotations per AnnotationPage. */
export const CONTAINER_PAGE_SIZE = 20;

export const CONTAINER_ALLOW = "GET, HEAD, OPTIONS, POST";
export const ANNOTATION_ALLOW = "GET, HEAD, OPTIONS, PUT, DELETE";
/** what POST to a container accepts (Accept-Post, RFC 7231 media ranges) */
export const ACCEPT_POST = `${ANNOTATION_MEDIA_TYPE}, application/ld+json, application/json`;

export function containerPath(articleId: string): string {
  return `/api/v1/articles/${articleId}/container/`;
}

export function containerIri(origin: string, articleId: string): string {
  return `${origin}${containerPath(articleId)}`;
}

/** The article a container or annotation address belongs to (resource loaders get only the URL). */
export function articleIdOfProtocolUrl(url: URL): string | null {
  return /^\/api\/v1\/articles\/([^/]+)\/container(?:\/|$)/.exec(url.pathname)?.[1] ?? null;
}
