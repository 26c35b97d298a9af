import { buildParagraphs, type Span } from "@/lib/annotations/highlight-segments";

export interface HighlightSpan extends Span {
  kind: string;
  anchorState: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const NEEDS_ESCAPING = /[&<>"']/;
/** Most runs of article text have nothing to escape: testing first spares them the replace. */
const escapeHtml = (text: string) => (NEEDS_ESCAPING.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text);
/** data-depth by the number of annotations covering a run: left out for one, at most 4. */
const DEPTH = ["", "", ' data-depth="2"', ' data-depth="3"', ' data-depth="4"'];

/**
 * The article text with its highlights as one HTML string (every character of
 * the text escaped). The reader sets it as the article's innerHTML, so React
 * neither builds nor hydrates thousands of highlight elements; the reader finds
 * them again through their data attributes:
 * - data-start on each paragraph: its offset in the canonical text; a paragraph
 *   holds exactly its slice of the text, so offsets inside it are counted from
 *   there (lib/anchoring/dom.ts). Runs carry no offset of their own: text
 *   outside highlights is bare text, a page of a thousand highlights is a
 *   third lighter for it;
 * - data-ids: the indexes (in `spans`) of the annotations covering the run,
 *   outermost first; the first mark (in document order) naming an index is
 *   where that annotation starts (see firstMarkOf);
 * - data-kind, data-state, data-depth: the innermost annotation's look, left
 *   out when it is the default (NOTE, EXACT, 1): a page of a thousand
 *   highlights is smaller for it.
 */
export function highlightedHtml(text: string, spans: HighlightSpan[]): string {
  // Runs name their annotations by id; a repeated id stands for its last span.
  const annotationOf = new Map(spans.map((s, i) => [s.id, { index: String(i), look: look(s) }]));
  let html = "";
  for (const paragraph of buildParagraphs(text, spans)) {
    html += `<p data-start="${paragraph.start}">`;
    for (const { start, end, ids } of paragraph.segments) {
      const slice = escapeHtml(text.slice(start, end));
      html += ids.length === 0 ? slice : `<mark class="hl"${markAttributes(ids)}>${slice}</mark>`;
    }
    html += "</p>";
  }
  return html;

  /** data-ids, then the innermost annotation's look and the depth. */
  function markAttributes(ids: string[]): string {
    let annotation = annotationOf.get(ids[0]!)!;
    let indexes = annotation.index;
    for (let i = 1; i < ids.length; i++) {
      annotation = annotationOf.get(ids[i]!)!;
      indexes += " " + annotation.index;
    }
    return ` data-ids="${indexes}"${annotation.look}${DEPTH[Math.min(ids.length, 4)]}`;
  }
}

/** data-kind and data-state, each left out when it is the default. */
function look(span: HighlightSpan): string {
  const kind = span.kind === "NOTE" ? "" : ` data-kind="${escapeHtml(span.kind)}"`;
  const state = span.anchorState === "EXACT" ? "" : ` data-state="${escapeHtml(span.anchorState)}"`;
  return kind + state;
}

/** The mark where annotation number `index` starts (its first run), to scroll to, focus or point at. */
export function firstMarkOf(root: ParentNode, index: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark.hl[data-ids~="${index}"]`);
}
