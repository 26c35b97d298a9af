import { handleResourceRead, handleRoute } from "@/lib/api/http/handle-route";
import {
  annotationResource,
  deleteAnnotationRoute,
  getAnnotationRoute,
  replaceAnnotationRoute,
} from "@/lib/api/annotations/contracts";
import { readWebAnnotation } from "@/lib/api/annotations/read-web-annotation";
import { replaceWebAnnotation } from "@/lib/api/annotations/replace-web-annotation";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";

export const GET = handleResourceRead(getAnnotationRoute);

// If-Match and the new ETag: handleRoute, from the contract's resource
export const PUT = handleRoute(replaceAnnotationRoute, async ({ actor, params, body, url }) => {
  await replaceWebAnnotation(actor, params.annotationId, readWebAnnotation(body.value));
  return annotationResource.load(actor, params.annotationId, url);
});

export const DELETE = handleRoute(deleteAnnotationRoute, async ({ actor, params, query }) => {
  await deleteAnnotation(actor, { annotationId: params.annotationId, correctionNote: query.correctionNote });
});
