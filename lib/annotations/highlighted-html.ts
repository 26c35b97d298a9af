import { buildParagraphs, type Span } from "@/lib/annotations/highlight-segments";

export interface HighlightSpan extends Span {
  kind: string;
  anchorState: string;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

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
  const indexOf = new Map(spans.map((s, i) => [s.id, i]));
  const byId = new Map(spans.map((s) => [s.id, s]));
  const out: string[] = [];
  for (const paragraph of buildParagraphs(text, spans)) {
    out.push("<p>");
    for (const segment of paragraph.segments) {
      const slice = escapeHtml(text.slice(segment.start, segment.end));
      if (segment.ids.length === 0) {
        out.push(`<span data-start="${segment.start}">${slice}</span>`);
        continue;
      }
      const innermost = byId.get(segment.ids.at(-1)!)!;
      const attributes = [
        `class="hl"`,
        `data-start="${segment.start}"`,
        `data-ids="${segment.ids.map((id) => indexOf.get(id)).join(" ")}"`,
        ...(innermost.kind === "NOTE" ? [] : [`data-kind="${escapeHtml(innermost.kind)}"`]),
        ...(innermost.anchorState === "EXACT" ? [] : [`data-state="${escapeHtml(innermost.anchorState)}"`]),
        ...(segment.ids.length === 1 ? [] : [`data-depth="${Math.min(segment.ids.length, 4)}"`]),
      ];
      out.push(`<mark ${attributes.join(" ")}>${slice}</mark>`);
    }
    out.push("</p>");
  }
  return out.join("");
}

/** The mark where annotation number `index` starts (its first run), to scroll to, focus or point at. */
export function firstMarkOf(root: ParentNode, index: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`mark.hl[data-ids~="${index}"]`);
}
