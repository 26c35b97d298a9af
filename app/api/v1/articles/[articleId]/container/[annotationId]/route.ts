// One annotation of an article's W3C Web Annotation Protocol container (lib/annotation-protocol).
import { handleResourceRead, handleRoute } from "@/lib/api/http/handle-route";
import { apiOrigin } from "@/lib/api/http/api-origin";
import {
  deleteContainerAnnotationRoute,
  getContainerAnnotationRoute,
  headContainerAnnotationRoute,
  optionsContainerAnnotationRoute,
  protocolAnnotationResource,
  replaceContainerAnnotationRoute,
} from "@/lib/annotation-protocol/contracts";
import { deleteProtocolAnnotation, replaceProtocolAnnotation } from "@/lib/annotation-protocol/protocol-annotations";
import { headRoute, optionsRoute, protocolRoute } from "@/lib/annotation-protocol/protocol-handlers";

export const GET = protocolRoute("annotation", handleResourceRead(getContainerAnnotationRoute));

export const HEAD = headRoute(headContainerAnnotationRoute, GET);

export const OPTIONS = optionsRoute(optionsContainerAnnotationRoute, "annotation");

// If-Match (required: protocolRoute answers 428 without it) and the new ETag: handleRoute, from the contract's resource
export const PUT = protocolRoute(
  "annotation",
  handleRoute(replaceContainerAnnotationRoute, async ({ actor, params, body, url }) => {
    await replaceProtocolAnnotation(actor, params.articleId, params.annotationId, body.value, apiOrigin(url));
    return protocolAnnotationResource.load(actor, params.annotationId, url) as never;
  }),
);

export const DELETE = protocolRoute(
  "annotation",
  handleRoute(deleteContainerAnnotationRoute, async ({ actor, params, query }) => {
    await deleteProtocolAnnotation(actor, params.articleId, params.annotationId, query.correctionNote);
  }),
);
