import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { apiOrigin } from "@/lib/api/http/api-origin";
import { createArticleAnnotationRoute, listArticleAnnotationsRoute } from "@/lib/api/annotations/contracts";
import { findApiAnnotationsPage } from "@/lib/api/annotations/load-api-annotations";
import { getApiWebAnnotation } from "@/lib/api/annotations/get-api-web-annotation";
import { createWebAnnotation } from "@/lib/api/annotations/create-web-annotation";
import { readWebAnnotation } from "@/lib/api/annotations/read-web-annotation";
import { toApiWebAnnotation } from "@/lib/api/annotations/to-api-web-annotation";
import { WEB_ANNOTATION_CONTEXT } from "@/lib/exports/web-annotation-vocab";
import { containerIri } from "@/lib/annotation-protocol/vocab";

export const GET = handleRoute(listArticleAnnotationsRoute, async ({ actor, params, query, url, headers }) => {
  const origin = apiOrigin(url);
  const page = await findApiAnnotationsPage(actor, params.articleId, query, { origin });
  const { prev, next } = linkPages(url, headers, page);
  return {
    "@context": [...WEB_ANNOTATION_CONTEXT],
    id: `${origin}${url.pathname}${url.search}`,
    type: "AnnotationPage" as const,
    partOf: containerIri(origin, params.articleId),
    startIndex: page.startIndex,
    items: page.items.map((item) => toApiWebAnnotation(item, `${origin}/api/v1/annotations/${item.annotation.id}`)),
    ...(prev ? { prev: `${origin}${prev}` } : {}),
    ...(next ? { next: `${origin}${next}` } : {}),
  };
});

export const POST = handleRoute(createArticleAnnotationRoute, async ({ actor, params, body, url, headers }) => {
  const { id } = await createWebAnnotation(actor, params.articleId, readWebAnnotation(body.value));
  headers.set("Location", `/api/v1/annotations/${id}`);
  return getApiWebAnnotation(actor, id, url);
});
