import { buildParagraphs, type Span } from "@/lib/reader/highlight-segments";
import { lookAttributes, MARK_CLOSE_TAG, markOpenTag } from "@/lib/reader/highlight-dom";
import { PARAGRAPH_CLOSE_TAG, paragraphOpenTag } from "@/lib/anchoring/paragraph-dom";

export interface HighlightSpan extends Span {
  kind: string;
  anchorState: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const NEEDS_ESCAPING = /[&<>"']/;
/** Most runs of article text have nothing to escape: testing first spares them the replace. */
const escapeHtml = (text: string) => (NEEDS_ESCAPING.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text);

/**
 * The article text with its highlights as one HTML string (every character of
 * the text escaped), in the form lib/reader/highlight-dom.ts describes. The
 * reader sets it as the article's innerHTML, so React neither builds nor
 * hydrates thousands of highlight elements. Runs carry no offset of their own:
 * text outside highlights is bare text, and default looks are left out, so a
 * page of a thousand highlights is a third lighter. `data-ids` are indexes in
 * `spans`.
 */
export function highlightedHtml(text: string, spans: HighlightSpan[]): string {
  // Runs name their annotations by id; a repeated id stands for its last span.
  const annotationOf = new Map(spans.map((s, i) => [s.id, { index: String(i), look: look(s) }]));
  let html = "";
  for (const paragraph of buildParagraphs(text, spans)) {
    html += paragraphOpenTag(paragraph.start);
    for (const { start, end, ids } of paragraph.segments) {
      const slice = escapeHtml(text.slice(start, end));
      html += ids.length === 0 ? slice : markOpenTagOf(ids) + slice + MARK_CLOSE_TAG;
    }
    html += PARAGRAPH_CLOSE_TAG;
  }
  return html;

  /** data-ids, then the innermost annotation's look and the depth. */
  function markOpenTagOf(ids: string[]): string {
    let annotation = annotationOf.get(ids[0]!)!;
    let indexes = annotation.index;
    for (let i = 1; i < ids.length; i++) {
      annotation = annotationOf.get(ids[i]!)!;
      indexes += " " + annotation.index;
    }
    return markOpenTag(indexes, annotation.look, ids.length);
  }
}

/** data-kind and data-state, each left out when it is the default. */
function look(span: HighlightSpan): string {
  return lookAttributes(escapeHtml(span.kind), escapeHtml(span.anchorState));
}
