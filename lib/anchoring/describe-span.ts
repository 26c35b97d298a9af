import { splitsSurrogatePair } from "./offsets";
import type { TextPositionSelector, TextQuoteSelector } from "./selectors";

/**
 * Context kept on each side of a quote, in UTF-16 code units. 32 is what
 * Hypothesis stores and is enough to tell most repeated phrases apart; we then
 * widen to a sentence boundary so the context is a readable phrase whose own
 * start or end is stable under edits, but never past the cap, which keeps
 * stored rows and the fuzzy scoring cheap.
 */
export const MIN_CONTEXT = 32;
export const MAX_CONTEXT = 160;

const SENTENCE_END = new Set([".", "!", "?", "\n"]);

/**
 * Builds both W3C selectors for the span [start, end) of `text`. The caller
 * validates the span first (validateSpan); this function trusts it.
 */
export function describeSpan(
  text: string,
  start: number,
  end: number,
): { position: TextPositionSelector; quote: TextQuoteSelector } {
  return {
    position: { type: "TextPositionSelector", start, end },
    quote: {
      type: "TextQuoteSelector",
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart(text, start), start),
      suffix: text.slice(end, suffixEnd(text, end)),
    },
  };
}

/** Start of the prefix: just after the nearest sentence end at least MIN_CONTEXT before `start`. */
export function prefixStart(text: string, start: number): number {
  const lowest = Math.max(0, start - MAX_CONTEXT);
  for (let i = start - MIN_CONTEXT - 1; i >= lowest; i--) {
    if (SENTENCE_END.has(text.charAt(i))) return skipSpaces(text, i + 1, start - MIN_CONTEXT);
  }
  if (lowest === 0) return 0;
  // Cut at the cap; step inwards rather than keep half an emoji.
  return splitsSurrogatePair(text, lowest) ? lowest + 1 : lowest;
}

/** Moves past the spaces that follow a sentence end, so the prefix starts with the next sentence's first word. */
function skipSpaces(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && (text.charAt(i) === " " || text.charAt(i) === "\t")) i++;
  return i;
}

/** End of the suffix: just after the nearest sentence end at least MIN_CONTEXT after `end`. */
export function suffixEnd(text: string, end: number): number {
  const highest = Math.min(text.length, end + MAX_CONTEXT);
  for (let i = end + MIN_CONTEXT; i < highest; i++) {
    if (SENTENCE_END.has(text.charAt(i))) return i + 1;
  }
  if (highest === text.length) return highest;
  return splitsSurrogatePair(text, highest) ? highest - 1 : highest;
}
