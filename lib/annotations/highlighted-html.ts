import { buildParagraphs, type Span } from "@/lib/annotations/highlight-segments";

export interface HighlightSpan extends Span {
  kind: string;
  anchorState: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const NEEDS_ESCAPING = /[&<>"']/;
/** Most runs of article text have nothing to escape: testing first skips building a copy. */
const escapeHtml = (text: string) => (NEEDS_ESCAPING.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text);

/**
 * The article text with its highlights as one HTML string (every character of
 * the text escaped). The reader sets it as the article's innerHTML, so React
 * neither builds nor hydrates thousands of highlight elements; the reader finds
 * them again through their data attributes:
 * - data-start: the run's offset in the canonical text (see lib/anchoring/dom.ts);
 * - data-ids: the indexes (in `spans`) of the annotations covering the run,
 *   outermost first; the first mark (in document order) naming an index is
 *   where that annotation starts (see firstMarkOf);
 * - data-kind, data-state, data-depth: the innermost annotation's look, left
 *   out when it is the default (NOTE, EXACT, 1): a page of a thousand
 *   highlights is smaller for it.
 */
export function highlightedHtml(text: string, spans: HighlightSpan[]): string {
  const indexOf = new Map(spans.map((s, i) => [s.id, String(i)]));
  const byId = new Map(spans.map((s) => [s.id, s]));
  let html = "";
  // Runs next to each other across a paragraph break share one `ids` array, so
  // their attributes after data-start are built once per change of annotations.
  let ids: string[] = [];
  let attributes = "";
  for (const paragraph of buildParagraphs(text, spans)) {
    html += "<p>";
    for (const segment of paragraph.segments) {
      const slice = escapeHtml(text.slice(segment.start, segment.end));
      if (segment.ids.length === 0) {
        html += '<span data-start="' + segment.start + '">' + slice + "</span>";
        continue;
      }
      if (segment.ids !== ids) {
        ids = segment.ids;
        attributes = markAttributes(ids);
      }
      html += '<mark class="hl" data-start="' + segment.start + attributes + slice + "</mark>";
    }
    html += "</p>";
  }
  return html;

  /** data-ids, then the innermost annotation's look where it is not the default. */
  function markAttributes(ids: string[]): string {
    const innermost = byId.get(ids.at(-1)!)!;
    let attributes = `" data-ids="${ids.map((id) => indexOf.get(id)).join(" ")}"`;
    if (innermost.kind !== "NOTE") attributes += ` data-kind="${escapeHtml(innermost.kind)}"`;
    if (innermost.anchorState !== "EXACT") attributes += ` data-state="${escapeHtml(innermost.anchorState)}"`;
    if (ids.length > 1) attributes += ` data-depth="${Math.min(ids.length, 4)}"`;
    return attributes + ">";
  }
}

/** The mark where annotation number `index` starts (its first run), to scroll to, focus or point at. */
export function firstMarkOf(root: ParentNode, index: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark.hl[data-ids~="${index}"]`);
}
