/**
 * The one client-only module that maps between the browser's DOM selection and
 * offsets in the canonical text (UTF-16 code units, like the server).
 *
 * The reader renders each paragraph as an element carrying its offset in the
 * canonical text (lib/anchoring/paragraph-dom.ts) whose text is exactly that
 * paragraph's slice of the text (highlights are elements inside it; nothing
 * else is). A DOM position inside a paragraph therefore maps to its start + the
 * length of the paragraph's text before it: the same numbers
 * String.prototype.slice uses on the server.
 */
import { PARAGRAPH_SELECTOR as PARAGRAPH, paragraphStart as startOf } from "@/lib/anchoring/paragraph-dom";

function paragraphOf(root: HTMLElement, node: Node): HTMLElement | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const paragraph = element?.closest<HTMLElement>(PARAGRAPH) ?? null;
  return paragraph && root.contains(paragraph) ? paragraph : null;
}

const endOf = (paragraph: HTMLElement) => startOf(paragraph) + (paragraph.textContent?.length ?? 0);

/** Offset of a DOM boundary point inside `root`, or null if it is outside the article text. */
export function boundaryToOffset(root: HTMLElement, node: Node, offset: number, edge: "start" | "end"): number | null {
  if (!root.contains(node)) return null;
  const paragraph = paragraphOf(root, node);
  if (paragraph) {
    const before = document.createRange();
    before.setStart(paragraph, 0);
    before.setEnd(node, offset);
    const at = startOf(paragraph) + before.toString().length;
    // A selection ending at the very start of a paragraph (a triple-click) ends with the paragraph
    // before it, and one starting at the very end of a paragraph starts with the next: not with
    // the newlines between them, which the page does not show.
    const previous = paragraph.previousElementSibling;
    const next = paragraph.nextElementSibling;
    if (edge === "end" && at === startOf(paragraph) && previous?.matches(PARAGRAPH))
      return endOf(previous as HTMLElement);
    if (edge === "start" && at === endOf(paragraph) && next?.matches(PARAGRAPH)) return startOf(next as HTMLElement);
    return at;
  }
  // A boundary between paragraphs (e.g. a triple-click selects whole paragraphs): use the
  // first paragraph at or after the point for a start, the last one before it for an end.
  const paragraphs = [...root.querySelectorAll<HTMLElement>(PARAGRAPH)];
  const probe = document.createRange();
  probe.setStart(node, offset);
  if (edge === "start") {
    const next = paragraphs.find((p) => probe.comparePoint(p, 0) >= 0);
    return next ? startOf(next) : null;
  }
  const previous = paragraphs.filter((p) => probe.comparePoint(p, p.childNodes.length) <= 0).at(-1);
  return previous ? endOf(previous) : null;
}

export interface TextSelection {
  start: number;
  end: number;
  exact: string;
}

/** The current selection as offsets in `text`, or null if it is empty or not inside `root`. */
export function readSelection(root: HTMLElement, text: string): TextSelection | null {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const start = boundaryToOffset(root, range.startContainer, range.startOffset, "start");
  const end = boundaryToOffset(root, range.endContainer, range.endOffset, "end");
  if (start === null || end === null || end <= start) return null;
  return { start, end, exact: text.slice(start, end) };
}

/**
 * The DOM point for a text offset: the text node holding it and the position
 * inside it. A start at the end of one text node is the start of the next; an
 * end at the start of one is the end of the previous.
 */
function pointAt(root: HTMLElement, offset: number, edge: "start" | "end"): [Node, number] | null {
  const inside = (from: number, length: number) =>
    edge === "start" ? offset >= from && offset < from + length : offset > from && offset <= from + length;
  for (const paragraph of root.querySelectorAll<HTMLElement>(PARAGRAPH)) {
    const start = startOf(paragraph);
    if (!inside(start, endOf(paragraph) - start)) continue;
    const texts = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (
      let node = texts.nextNode() as Text | null, from = start;
      node;
      from += node.length, node = texts.nextNode() as Text | null
    ) {
      if (inside(from, node.length)) return [node, offset - from];
    }
  }
  return null;
}

/** Selects [start, end) of the text in the page (used by find-to-select and re-attaching). */
export function selectOffsets(root: HTMLElement, start: number, end: number): boolean {
  const from = pointAt(root, start, "start");
  const to = pointAt(root, end, "end");
  if (!from || !to) return false;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}
