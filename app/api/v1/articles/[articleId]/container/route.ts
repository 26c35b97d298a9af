// The article's W3C Web Annotation Protocol container (lib/annotation-protocol): its IRI ends in "/" (proxy.ts).
import { handleRoute } from "@/lib/api/http/handle-route";
import { apiOrigin } from "@/lib/api/http/api-origin";
import {
  createContainerAnnotationRoute,
  getAnnotationContainerRoute,
  headAnnotationContainerRoute,
  optionsAnnotationContainerRoute,
  protocolAnnotationResource,
} from "@/lib/annotation-protocol/contracts";
import { preferredView } from "@/lib/annotation-protocol/negotiation";
import { createProtocolAnnotation } from "@/lib/annotation-protocol/protocol-annotations";
import { headRoute, optionsRoute, protocolRoute } from "@/lib/annotation-protocol/protocol-handlers";
import { readAnnotationContainer } from "@/lib/annotation-protocol/read-container";
import { containerIri } from "@/lib/annotation-protocol/vocab";

export const GET = protocolRoute(
  "container",
  handleRoute(getAnnotationContainerRoute, async ({ actor, params, query, request, url }) => {
    const view =
      query.iris === "1"
        ? "iris"
        : query.iris === "0"
          ? "descriptions"
          : (preferredView(request.headers.get("prefer")) ?? "descriptions");
    return readAnnotationContainer(actor, params.articleId, {
      origin: apiOrigin(url),
      view,
      ...(query.page !== undefined ? { page: query.page } : {}),
    });
  }),
);

export const HEAD = headRoute(headAnnotationContainerRoute, GET);

export const OPTIONS = optionsRoute(optionsAnnotationContainerRoute, "container");

export const POST = protocolRoute(
  "container",
  handleRoute(createContainerAnnotationRoute, async ({ actor, params, body, url, headers }) => {
    const { id } = await createProtocolAnnotation(actor, params.articleId, body.value);
    headers.set("Location", `${containerIri(apiOrigin(url), params.articleId)}${id}`);
    return protocolAnnotationResource.load(
      actor,
      id,
      new URL(`${containerIri(apiOrigin(url), params.articleId)}${id}`),
    ) as never;
  }),
);
