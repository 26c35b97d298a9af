/**
 * The one client-only module that maps between the browser's DOM selection and
 * offsets in the canonical text (UTF-16 code units, like the server).
 *
 * The reader renders every run of text in an element carrying `data-start`
 * (its offset in the canonical text) and containing exactly one text node with
 * exactly that slice of the text, so a DOM position (text node, offset) maps to
 * `data-start + offset` — the same numbers String.prototype.slice uses on the server.
 */
const RUN = "[data-start]";

function runOf(node: Node): HTMLElement | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  return element?.closest<HTMLElement>(RUN) ?? null;
}

/** Offset of a DOM boundary point inside `root`, or null if it is outside the article text. */
export function boundaryToOffset(root: HTMLElement, node: Node, offset: number, edge: "start" | "end"): number | null {
  if (!root.contains(node)) return null;
  if (node.nodeType === Node.TEXT_NODE) {
    const run = runOf(node);
    return run ? Number(run.dataset.start) + offset : null;
  }
  // An element boundary (e.g. a triple-click selects whole paragraphs): use the
  // first run at or after the point for a start, the last run before it for an end.
  const runs = [...root.querySelectorAll<HTMLElement>(RUN)];
  const probe = document.createRange();
  probe.setStart(node, offset);
  if (edge === "start") {
    const next = runs.find((run) => probe.comparePoint(run, 0) >= 0 || run.contains(node));
    return next ? Number(next.dataset.start) : null;
  }
  const previous = runs.filter((run) => probe.comparePoint(run, run.childNodes.length) <= 0).at(-1);
  return previous ? Number(previous.dataset.start) + (previous.textContent?.length ?? 0) : null;
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

/** The DOM point for a text offset: the run containing it and the position inside its text node. */
function pointAt(root: HTMLElement, offset: number, edge: "start" | "end"): [Node, number] | null {
  for (const run of root.querySelectorAll<HTMLElement>(RUN)) {
    const start = Number(run.dataset.start);
    const length = run.textContent?.length ?? 0;
    const inside = edge === "start" ? offset >= start && offset < start + length : offset > start && offset <= start + length;
    if (inside && run.firstChild) return [run.firstChild, offset - start];
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
