/**
 * W3C Web Annotation JSON-LD export of annotations: one Annotation per
 * annotation, one more per reply, streamed inside an AnnotationCollection.
 * Vocabulary and offset units: web-annotation-vocab.ts.
 */
import type { ExportAnnotation } from "@/lib/exports/report-model";
import { MOTIVATION_BY_KIND, REPLYING, UTF16_END, UTF16_START, WEB_ANNOTATION_CONTEXT } from "./web-annotation-vocab";

export { parseWebAnnotations, type ParsedWebAnnotation, type ParsedWebAnnotationReply } from "./parse-web-annotations";

export interface TextualBody {
  type: "TextualBody";
  value: string;
  format?: "text/markdown";
  purpose: "commenting" | "tagging" | "replying";
}

export interface TextQuoteSelectorJsonLd {
  type: "TextQuoteSelector";
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelectorJsonLd {
  type: "TextPositionSelector";
  /** Unicode code points, end exclusive (the spec's unit) */
  start: number;
  end: number;
  /** the same span in UTF-16 code units (Factdesk's unit) */
  [UTF16_START]: number;
  [UTF16_END]: number;
}

export interface WebAnnotation {
  id: string;
  type: "Annotation";
  motivation: "commenting" | "highlighting" | "replying";
  body?: TextualBody[];
  /** the Data Model's SHOULD: an agent with a stable IRI (agentIri) */
  creator: { id: string; type: "Person" | "Organization"; name: string };
  created: string;
  modified: string;
  /**
   * A text span for annotations; the parent annotation's id for replies.
   * `source` is the article's original address when known (what other tools
   * annotate); then `scope` is the article's page in this app, the context the
   * annotation was made in (the Data Model's Specific Resource `scope`).
   */
  target: { source: string; scope?: string; selector: [TextQuoteSelectorJsonLd, TextPositionSelectorJsonLd] } | string;
}

/**
 * The id of an exported annotation: the article's page in this app plus a
 * fragment. An http IRI (not a urn:uuid) so a reader can follow it back, and
 * stable across exports so replies and re-exports point at the same thing.
 */
export function annotationIri(a: Pick<ExportAnnotation, "appUrl" | "id">): string {
  return `${a.appUrl}#annotation-${a.id}`;
}

/** One annotation, without @context (it sits inside a collection; see withAnnotationContext). */
export function toWebAnnotation(a: ExportAnnotation): WebAnnotation {
  const body: TextualBody[] = [];
  if (a.body) body.push({ type: "TextualBody", value: a.body, format: "text/markdown", purpose: "commenting" });
  for (const tag of a.tags) body.push({ type: "TextualBody", value: tag, purpose: "tagging" });
  return {
    id: annotationIri(a),
    type: "Annotation",
    motivation: MOTIVATION_BY_KIND[a.kind],
    ...(body.length > 0 ? { body } : {}),
    creator: { id: a.creatorIri, type: a.creatorType ?? "Person", name: a.creatorName },
    created: a.created.toISOString(),
    modified: a.modified.toISOString(),
    target: {
      source: a.articleUrl ?? a.appUrl,
      ...(a.articleUrl ? { scope: a.appUrl } : {}),
      selector: [
        {
          type: "TextQuoteSelector",
          exact: a.exact,
          ...(a.prefix ? { prefix: a.prefix } : {}),
          ...(a.suffix ? { suffix: a.suffix } : {}),
        },
        {
          type: "TextPositionSelector",
          start: a.startCodePoint,
          end: a.endCodePoint,
          [UTF16_START]: a.start,
          [UTF16_END]: a.end,
        },
      ],
    },
  };
}

/** The replies of an annotation, each an Annotation "replying" to the parent's id. */
export function toWebAnnotationReplies(a: ExportAnnotation): WebAnnotation[] {
  return a.replies.map((reply) => ({
    id: `${a.appUrl}#reply-${reply.id}`,
    type: "Annotation",
    motivation: REPLYING,
    body: [{ type: "TextualBody", value: reply.body, format: "text/markdown", purpose: "replying" }],
    creator: { id: reply.creatorIri, type: "Person", name: reply.creatorName },
    created: reply.created.toISOString(),
    modified: reply.modified.toISOString(),
    target: annotationIri(a),
  }));
}

/** A stand-alone annotation document: the same object with the @context a single file needs. */
export function withAnnotationContext(
  annotation: WebAnnotation,
): WebAnnotation & { "@context": typeof WEB_ANNOTATION_CONTEXT } {
  return { "@context": WEB_ANNOTATION_CONTEXT, ...annotation };
}

/**
 * An AnnotationCollection whose first (and only) AnnotationPage is embedded,
 * its items yielded as the annotations arrive. `total` and `last` are written
 * after `first`: JSON-LD gives key order no meaning, so the count can come at
 * the end of the stream instead of forcing a second pass or an array in memory.
 * `total` counts every Annotation in the page, replies included. The page
 * names its collection (`partOf`) and its `startIndex` (Data Model SHOULDs);
 * a collection without annotations has no page at all (no `first`, no
 * `last`): the page is opened only when its first item arrives.
 */
export async function* streamWebAnnotationCollection(
  collection: { id: string; label: string; generatedAt: Date },
  annotations: AsyncIterable<ExportAnnotation>,
): AsyncGenerator<string> {
  const pageId = `${collection.id.split("#")[0]}#page-1`;
  const head = {
    "@context": WEB_ANNOTATION_CONTEXT,
    id: collection.id,
    type: "AnnotationCollection",
    label: collection.label,
    generated: collection.generatedAt.toISOString(),
  };
  const headJson = JSON.stringify(head, null, 2);
  yield headJson.slice(0, -2);
  const pageHead = `,\n  "first": {\n    "id": ${JSON.stringify(pageId)},\n    "type": "AnnotationPage",\n    "partOf": ${JSON.stringify(collection.id)},\n    "startIndex": 0,\n    "items": [`;
  let total = 0;
  for await (const annotation of annotations) {
    let chunk = total === 0 ? pageHead : "";
    for (const item of [toWebAnnotation(annotation), ...toWebAnnotationReplies(annotation)]) {
      chunk += `${total === 0 ? "\n" : ",\n"}${indent(JSON.stringify(item, null, 2), 6)}`;
      total++;
    }
    yield chunk;
  }
  yield total > 0
    ? `\n    ]\n  },\n  "last": ${JSON.stringify(pageId)},\n  "total": ${total}\n}\n`
    : `,\n  "total": 0\n}\n`;
}

function indent(json: string, spaces: number): string {
  const pad = " ".repeat(spaces);
  return json.replace(/^/gm, pad);
}
