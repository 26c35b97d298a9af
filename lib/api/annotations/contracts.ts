import { z } from "zod";
import { ANNO_CONTEXT } from "@/lib/exports/web-annotation-vocab";
import { defineResource, defineRoute } from "@/lib/api/route-contract";
import { getApiWebAnnotation } from "@/lib/api/annotations/get-api-web-annotation";
import { PageQuerySchema } from "@/lib/paging/newest-first";
import { Id, JSON_BODY_LIMIT } from "@/lib/api/http/wire";
import { AnchorState as AnchorStates } from "@/lib/generated/prisma/enums";

/** The Web Annotation Protocol's media type. */
export const ANNOTATION_MEDIA_TYPE = `application/ld+json; profile="${ANNO_CONTEXT}"`;

const Context = z
  .array(z.union([z.string(), z.record(z.string(), z.string())]))
  .describe("anno.jsonld plus the factdesk: prefix");
const AnchorState = z.enum(AnchorStates);

const TextualBody = z.object({
  type: z.literal("TextualBody"),
  value: z.string(),
  format: z.literal("text/markdown").optional(),
  purpose: z.enum(["commenting", "tagging", "replying"]).describe("commenting: the Markdown note; tagging: one tag"),
});

const TextQuoteSelector = z.object({
  type: z.literal("TextQuoteSelector"),
  exact: z.string(),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
});
const TextPositionSelector = z.object({
  type: z.literal("TextPositionSelector"),
  start: z.number().int().describe("Unicode code points, end exclusive"),
  end: z.number().int(),
  "factdesk:utf16Start": z.number().int().describe("the same span in UTF-16 code units (what Factdesk stores)"),
  "factdesk:utf16End": z.number().int(),
});

export const WebAnnotationSchema = z
  .object({
    "@context": Context.optional(),
    id: z.string().describe("this annotation's URL in the API"),
    canonical: z.string().describe("its stable IRI in the app (the id used by exports)"),
    type: z.literal("Annotation"),
    motivation: z
      .enum(["commenting", "highlighting", "replying"])
      .describe("commenting: a note; highlighting: a claim passage"),
    body: z.array(TextualBody).optional(),
    creator: z.object({
      id: z.string().describe("the person's stable IRI"),
      type: z.enum(["Person", "Organization"]),
      name: z.string(),
    }),
    created: z.iso.datetime(),
    modified: z.iso.datetime(),
    target: z.object({
      source: z.string().describe("the article's own URL, or its page in the app"),
      scope: z.string().optional().describe("the article's page in the app, when source is the article's own URL"),
      selector: z
        .array(z.union([TextQuoteSelector, TextPositionSelector]))
        .describe("no TextPositionSelector when the passage lost its place (anchorState ORPHANED or AMBIGUOUS)"),
    }),
    "factdesk:anchorState": AnchorState,
  })
  .meta({ id: "WebAnnotation" });

export const AnnotationPageSchema = z
  .object({
    "@context": Context,
    id: z.string(),
    type: z.literal("AnnotationPage"),
    partOf: z
      .string()
      .describe(
        "the article's annotation container (W3C Web Annotation Protocol), the collection this page belongs to",
      ),
    startIndex: z.number().int().describe("how many annotations the earlier pages held"),
    items: z.array(WebAnnotationSchema),
    prev: z.string().optional().describe("the page before, when this one is not the first"),
    next: z.string().optional().describe("the next page, when there is one"),
  })
  .meta({ id: "AnnotationPage" });

/** What a client posts: one W3C Web Annotation (read by lib/exports' parser). */
export const WebAnnotationInputSchema = z
  .looseObject({
    "@context": z.unknown().optional(),
    type: z.literal("Annotation"),
    motivation: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .describe('"highlighting" makes a claim passage; anything else a note'),
    body: z.unknown().optional().describe("TextualBody items: purpose tagging → a tag; any other → the Markdown note"),
    bodyValue: z.string().optional(),
    target: z.looseObject({
      source: z.string().describe("any IRI of the article (the path decides which article)"),
      selector: z
        .unknown()
        .describe(
          "a TextQuoteSelector, and optionally a TextPositionSelector (code points, or factdesk:utf16Start/End)",
        ),
    }),
  })
  .meta({ id: "WebAnnotationInput" });

const AnnotationParams = z.object({ annotationId: Id });

/** An annotation as a Web Annotation: note, tags, motivation, anchoring (re-anchoring changes its ETag too). */
export const annotationResource = defineResource({
  name: "Annotation",
  schema: WebAnnotationSchema,
  table: "Annotation",
  idParam: "annotationId",
  load: (actor, annotationId, url) => getApiWebAnnotation(actor, annotationId, url),
});
const JSON_LD_BODY = { "application/ld+json": WebAnnotationInputSchema, "application/json": WebAnnotationInputSchema };

export const listArticleAnnotationsRoute = defineRoute({
  method: "GET",
  path: "/articles/{articleId}/annotations",
  operationId: "listArticleAnnotations",
  summary: "List an article's annotations as a W3C AnnotationPage, newest first",
  tag: "Annotations",
  role: "VIEWER",
  params: z.object({ articleId: Id }),
  query: PageQuerySchema,
  success: {
    status: 200,
    description: "A page of Web Annotations",
    schema: AnnotationPageSchema,
    mediaType: ANNOTATION_MEDIA_TYPE,
  },
  errors: [400, 404],
});

export const createArticleAnnotationRoute = defineRoute({
  method: "POST",
  path: "/articles/{articleId}/annotations",
  operationId: "createArticleAnnotation",
  summary: "Annotate the article's latest text from a W3C Web Annotation",
  description:
    "The span comes from factdesk:utf16Start/End, else the TextPositionSelector (code points), else the one place where the quote (with its prefix/suffix) occurs. " +
    "The quote must equal the text there (422 otherwise).",
  tag: "Annotations",
  role: "EDITOR",
  params: z.object({ articleId: Id }),
  body: { mediaTypes: JSON_LD_BODY, maxBytes: JSON_BODY_LIMIT },
  success: {
    status: 201,
    description: "The annotation (Location: its URL)",
    schema: WebAnnotationSchema,
    mediaType: ANNOTATION_MEDIA_TYPE,
  },
  errors: [400, 403, 404, 409, 413, 415, 422],
  creates: annotationResource,
});

export const getAnnotationRoute = defineRoute({
  method: "GET",
  path: "/annotations/{annotationId}",
  operationId: "getAnnotation",
  summary: "Get one annotation as a W3C Web Annotation",
  tag: "Annotations",
  role: "VIEWER",
  params: AnnotationParams,
  success: {
    status: 200,
    description: "The annotation",
    schema: WebAnnotationSchema,
    mediaType: ANNOTATION_MEDIA_TYPE,
  },
  errors: [404],
  resource: annotationResource,
});

export const replaceAnnotationRoute = defineRoute({
  method: "PUT",
  path: "/annotations/{annotationId}",
  operationId: "replaceAnnotation",
  summary: "Replace your annotation's note, tags and motivation",
  description:
    "Send the whole annotation (as from GET, edited). The target cannot change. Send `If-Match` with the ETag you read: if someone changed it since, 412 and nothing changes.",
  tag: "Annotations",
  role: "EDITOR",
  params: AnnotationParams,
  body: { mediaTypes: JSON_LD_BODY, maxBytes: JSON_BODY_LIMIT },
  success: {
    status: 200,
    description: "The updated annotation",
    schema: WebAnnotationSchema,
    mediaType: ANNOTATION_MEDIA_TYPE,
  },
  errors: [400, 403, 404, 409, 413, 415, 422],
  resource: annotationResource,
});

export const deleteAnnotationRoute = defineRoute({
  method: "DELETE",
  path: "/annotations/{annotationId}",
  operationId: "deleteAnnotation",
  summary: "Delete an annotation (yours, or any as an admin)",
  description:
    "A passage a published report shows (a claim's appearance, or any passage of a published article report) is deleted only with `correctionNote` (422 otherwise).",
  tag: "Annotations",
  role: "EDITOR",
  params: AnnotationParams,
  query: z.object({
    correctionNote: z
      .string()
      .max(2000)
      .optional()
      .describe("required when a published report shows this passage: the report lists it, dated"),
  }),
  success: { status: 204, description: "Deleted" },
  errors: [400, 403, 404, 422],
  resource: annotationResource,
});
