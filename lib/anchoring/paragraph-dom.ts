/**
 * The paragraph part of the highlight DOM contract (lib/reader/highlight-dom.ts spells the rest): each paragraph
 * of the article text is a `<p data-start>` carrying its offset in the canonical text, and its text is exactly
 * that slice of the text, so offsets inside it count from there. It lives here because lib/anchoring/dom.ts maps
 * selections to offsets through it, and the reader, which writes it, builds on anchoring.
 */

export const PARAGRAPH_SELECTOR = "p[data-start]";

// ---- writing (plain strings: the HTML is built on the server too)

export function paragraphOpenTag(start: number): string {
  return `<p data-start="${start}">`;
}

export const PARAGRAPH_CLOSE_TAG = "</p>";

// ---- reading (in the browser)

/** A paragraph's offset in the canonical text. */
export function paragraphStart(paragraph: HTMLElement): number {
  return Number(paragraph.dataset.start);
}
