import type { Span } from "./selectors";
import { diffTexts, type Hunk } from "./text-diff";
import { isHighSurrogate, isLowSurrogate } from "./offsets";
import { isWordCharAt, isWordCharBefore } from "./tokenize";

/**
 * Maps offsets of the old text to the new one through the hunks of one diff,
 * with a binary search per offset, so thousands of anchors cost one diff plus
 * O(log hunks) each.
 *
 * Text inserted exactly at a span's edge is left outside the span (an
 * insertion before a quote moves it, one after it does not touch it), except
 * when it glues onto a word or number at that edge: "12" → "120" must show as
 * a changed figure, not as an untouched "12" followed by a "0".
 */
export class PositionMap {
  readonly hunks: Hunk[];

  constructor(
    readonly oldText: string,
    readonly newText: string,
    hunks?: Hunk[],
  ) {
    this.hunks = hunks ?? diffTexts(oldText, newText);
  }

  /** New position of a span's start. A start inside replaced text moves to the start of the replacement. */
  mapStart(offset: number): number {
    const i = this.lastHunkStartingBefore(offset);
    const next = this.hunks[i + 1];
    if (next && next.oldStart === offset && next.oldEnd === offset) {
      const glued = isWordCharBefore(this.newText, next.newEnd) && isWordCharAt(this.oldText, offset);
      return glued ? next.newStart : next.newEnd;
    }
    return this.shift(i, offset, "start");
  }

  /** New position of a span's (exclusive) end. An end inside replaced text moves to the end of the replacement. */
  mapEnd(offset: number): number {
    const i = this.lastHunkStartingBefore(offset);
    const next = this.hunks[i + 1];
    if (next && next.oldStart === offset && next.oldEnd === offset) {
      const glued = isWordCharBefore(this.oldText, offset) && isWordCharAt(this.newText, next.newStart);
      if (glued) return next.newEnd;
    }
    return this.shift(i, offset, "end");
  }

  /** True when the diff removed or replaced any of the old text in [start, end). */
  changesWithin(start: number, end: number): boolean {
    for (let i = this.lastHunkStartingBefore(end); i >= 0; i--) {
      const h = this.hunks[i]!;
      if (h.oldEnd <= start) break; // hunks are ordered and disjoint: all earlier ones end before `start` too
      if (h.oldEnd > h.oldStart) return true;
    }
    return false;
  }

  /**
   * True when the span was edited in place: every change within `margin` of
   * old [start, end) reaches into it and stays within the span or the words
   * at its edges (or there is none, as the diff ignores case and quote
   * style). Whatever now lies between the unchanged surroundings replaced the
   * quote, however little of it survives ("12" → "19", one name for
   * another). A rewrite that runs on into the next words is not in place.
   */
  changedInPlace(start: number, end: number, margin: number): boolean {
    const from = wordStart(this.oldText, start);
    const to = wordEnd(this.oldText, end);
    for (let i = this.lastHunkStartingBefore(end + margin + 1); i >= 0; i--) {
      const h = this.hunks[i]!;
      if (h.oldEnd < start - margin) break;
      const touchesSpan = h.oldStart <= end && h.oldEnd >= start;
      if (!touchesSpan || h.oldStart < from || h.oldEnd > to) return false;
    }
    return true;
  }

  /** Characters the diff removed or inserted in hunks within or touching old [start, end]. */
  changedLengthWithin(start: number, end: number): number {
    let total = 0;
    for (let i = this.lastHunkStartingBefore(end + 1); i >= 0; i--) {
      const h = this.hunks[i]!;
      if (h.oldEnd < start) break;
      total += h.oldEnd - h.oldStart + (h.newEnd - h.newStart);
    }
    return total;
  }

  /** Length of the text inserted (without removing any) inside old [start, end) or right at its edges. */
  insertedAround(start: number, end: number): number {
    let total = 0;
    for (let i = this.lastHunkStartingBefore(end + 1); i >= 0; i--) {
      const h = this.hunks[i]!;
      if (h.oldStart < start) break;
      if (h.oldStart === h.oldEnd) total += h.newEnd - h.newStart;
    }
    return total;
  }

  /**
   * New-text regions worth searching for a lost quote: where the diff put new
   * text, widened by `margin` so a match straddling an edge is found, merged.
   */
  insertedRegions(margin: number): Span[] {
    const regions: Span[] = [];
    for (const h of this.hunks) {
      if (h.newEnd === h.newStart) continue;
      const start = Math.max(0, h.newStart - margin);
      const end = Math.min(this.newText.length, h.newEnd + margin);
      const last = regions[regions.length - 1];
      if (last && start <= last.end) last.end = Math.max(last.end, end);
      else regions.push({ start, end });
    }
    return regions;
  }

  /**
   * How much of new [start, end) is new text: inside the new side of a hunk
   * (inserted or replacing). The rest is the image of unchanged old text.
   */
  newTextWithin(start: number, end: number): number {
    let total = 0;
    for (let i = this.lastHunkStartingBeforeInNew(end); i >= 0; i--) {
      const h = this.hunks[i]!;
      if (h.newEnd <= start) break; // hunks are ordered and disjoint on the new side too
      total += Math.max(0, Math.min(end, h.newEnd) - Math.max(start, h.newStart));
    }
    return total;
  }

  private shift(index: number, offset: number, edge: "start" | "end"): number {
    const hunk = this.hunks[index];
    if (!hunk) return offset;
    if (offset < hunk.oldEnd) return edge === "start" ? hunk.newStart : hunk.newEnd;
    return offset + hunk.newEnd - hunk.oldEnd;
  }

  /** Index of the last hunk with newStart < offset, or -1. */
  private lastHunkStartingBeforeInNew(offset: number): number {
    let low = 0;
    let high = this.hunks.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.hunks[mid]!.newStart < offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }

  /** Index of the last hunk with oldStart < offset, or -1. */
  private lastHunkStartingBefore(offset: number): number {
    let low = 0;
    let high = this.hunks.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.hunks[mid]!.oldStart < offset) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }
}

/** Start of the word that `offset` splits, or `offset` itself when it lies between words. */
function wordStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && isWordCharBefore(text, i) && isWordCharAt(text, i))
    i -= isLowSurrogate(text.charCodeAt(i - 1)) ? 2 : 1;
  return i;
}

/** End of the word that `offset` splits, or `offset` itself when it lies between words. */
function wordEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && isWordCharBefore(text, i) && isWordCharAt(text, i))
    i += isHighSurrogate(text.charCodeAt(i)) ? 2 : 1;
  return i;
}
