import { handleRoute } from "@/lib/api/handle-route";
import { publicOrigin } from "@/lib/api/public-origin";
import { deleteAnnotationRoute, getAnnotationRoute, replaceAnnotationRoute } from "@/lib/api/annotations/contracts";
import { getApiAnnotation } from "@/lib/api/annotations/load-api-annotations";
import { readWebAnnotation } from "@/lib/api/annotations/read-web-annotation";
import { replaceWebAnnotation } from "@/lib/api/annotations/replace-web-annotation";
import { toApiWebAnnotation } from "@/lib/api/annotations/to-api-web-annotation";
import { revisionETag, revisionFromIfMatch } from "@/lib/api/annotations/revision-etag";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { WEB_ANNOTATION_CONTEXT } from "@/lib/exports/web-annotation-vocab";
import type { Actor } from "@/lib/policy/actor";

async function respondWith(actor: Actor, annotationId: string, url: URL, headers: Headers) {
  const origin = publicOrigin(url);
  const annotation = await getApiAnnotation(actor, annotationId, { origin });
  headers.set("ETag", revisionETag(annotation.revision));
  return { "@context": [...WEB_ANNOTATION_CONTEXT], ...toApiWebAnnotation(annotation, `${origin}/api/v1/annotations/${annotation.annotation.id}`) };
}

export const GET = handleRoute(getAnnotationRoute, ({ actor, params, url, headers }) => respondWith(actor, params.annotationId, url, headers));

export const PUT = handleRoute(replaceAnnotationRoute, async ({ actor, params, body, request, url, headers }) => {
  const revision = revisionFromIfMatch(request.headers.get("if-match"));
  await replaceWebAnnotation(actor, params.annotationId, readWebAnnotation(body.value), revision);
  return respondWith(actor, params.annotationId, url, headers);
});

export const DELETE = handleRoute(deleteAnnotationRoute, async ({ actor, params, query }) => {
  await deleteAnnotation(actor, { annotationId: params.annotationId, correctionNote: query.correctionNote });
});
