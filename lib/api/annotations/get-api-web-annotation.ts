import { apiOrigin } from "@/lib/api/http/api-origin";
import { getApiAnnotation } from "@/lib/api/annotations/load-api-annotations";
import { toApiWebAnnotation } from "@/lib/api/annotations/to-api-web-annotation";
import { WEB_ANNOTATION_CONTEXT } from "@/lib/exports/web-annotation-vocab";
import type { Actor } from "@/lib/policy/actor";

/** Any member: one annotation as the API answers it, a Web Annotation with its JSON-LD context and its URL in the API. */
export async function getApiWebAnnotation(actor: Actor, annotationId: string, requestUrl: URL) {
  const origin = apiOrigin(requestUrl);
  const annotation = await getApiAnnotation(actor, annotationId, { origin });
  return {
    "@context": [...WEB_ANNOTATION_CONTEXT],
    ...toApiWebAnnotation(annotation, `${origin}/api/v1/annotations/${annotation.annotation.id}`),
  };
}
