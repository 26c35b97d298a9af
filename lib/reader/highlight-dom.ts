/**
 * The highlight DOM contract: how the reader's article text is written as HTML
 * (highlighted-html.ts, on server and client) and read back from the page (the
 * reader's components, lib/anchoring/dom.ts). The one place that spells it;
 * app/globals.css styles the same names (`mark.hl[data-kind=…]`), and the e2e
 * journeys keep their own selectors on purpose: they check what a person sees.
 *
 * - Each paragraph is a `<p data-start>`: its offset in the canonical text; its
 *   text is exactly that slice of the text, so offsets inside it count from there.
 *   That part is spelled in lib/anchoring/paragraph-dom.ts, which anchoring reads through.
 * - Each run covered by annotations is a `<mark class="hl" data-ids>`: the
 *   indexes of the annotations covering it, outermost first; the first mark (in
 *   document order) naming an index is where that annotation starts.
 * - data-kind, data-state, data-depth: the innermost annotation's look, each
 *   left out when it is the default (NOTE, EXACT, 1).
 * - `active` marks the annotation the reader is on; `flash` plays once when it is focused.
 */

export const HIGHLIGHT_CLASS = "hl";
export const MARK_SELECTOR = `mark.${HIGHLIGHT_CLASS}`;
const ACTIVE_CLASS = "active";
const FLASH_CLASS = "flash";

/** data-depth by the number of annotations covering a run: left out for one, at most 4. */
const DEPTH = ["", "", ' data-depth="2"', ' data-depth="3"', ' data-depth="4"'];

// ---- writing (plain strings: the HTML is built on the server too)

/** `indexes`: the covering annotations' indexes, space-separated, outermost first; `look` from lookAttributes. */
export function markOpenTag(indexes: string, look: string, depth: number): string {
  return `<mark class="${HIGHLIGHT_CLASS}" data-ids="${indexes}"${look}${DEPTH[Math.min(depth, 4)]}>`;
}

export const MARK_CLOSE_TAG = "</mark>";

/** data-kind and data-state as attribute text, each left out when it is the default; values already escaped. */
export function lookAttributes(kind: string, anchorState: string): string {
  const kindAttribute = kind === "NOTE" ? "" : ` data-kind="${kind}"`;
  const stateAttribute = anchorState === "EXACT" ? "" : ` data-state="${anchorState}"`;
  return kindAttribute + stateAttribute;
}

/** The same look as React props, for a sample highlight (the page's legend). */
export function highlightProps(kind: string, anchorState?: string): Record<string, string> {
  return { className: HIGHLIGHT_CLASS, "data-kind": kind, ...(anchorState ? { "data-state": anchorState } : {}) };
}

// ---- reading (in the browser)

/** The highlight an event happened in (or null). */
export function markAt(target: EventTarget | null): HTMLElement | null {
  return (target as HTMLElement | null)?.closest?.<HTMLElement>(MARK_SELECTOR) ?? null;
}

/** The index of the innermost annotation covering a highlight run. */
export function innermostIndex(mark: HTMLElement): number | null {
  const last = mark.dataset.ids?.split(" ").at(-1);
  return last ? Number(last) : null;
}

/** The mark where annotation number `index` starts (its first run), to scroll to, focus or point at. */
export function firstMarkOf(root: ParentNode, index: number): HTMLElement | null {
  return root.querySelector<HTMLElement>(`${MARK_SELECTOR}[data-ids~="${index}"]`);
}

/** Marks annotation number `index` (or none) as the active one, without re-rendering the text. */
export function markActive(root: ParentNode, index: number | undefined): void {
  root.querySelectorAll(`${MARK_SELECTOR}.${ACTIVE_CLASS}`).forEach((m) => m.classList.remove(ACTIVE_CLASS));
  if (index === undefined) return;
  root.querySelectorAll(`${MARK_SELECTOR}[data-ids~="${index}"]`).forEach((m) => m.classList.add(ACTIVE_CLASS));
}

/** Plays the highlight's flash once more. */
export function flash(mark: HTMLElement): void {
  mark.classList.remove(FLASH_CLASS);
  void mark.offsetWidth; // restart the animation
  mark.classList.add(FLASH_CLASS);
}
