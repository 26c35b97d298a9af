import { codePointsToUtf16, describeSpan, reanchorAll } from "@/lib/anchoring";
import type { ParsedWebAnnotation } from "@/lib/exports/web-annotation";

export interface PlacedAnnotation {
  index: number;
  state: "EXACT" | "TEXT_CHANGED";
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  previousExact: string | null;
}
export type Placement = PlacedAnnotation | { index: number; state: "ORPHANED" | "AMBIGUOUS" };

export function isPlaced(p: Placement): p is PlacedAnnotation {
  return p.state === "EXACT" || p.state === "TEXT_CHANGED";
}

/**
 * Pure: where each imported annotation goes in `text` (the target version's
 * canonical text). The file's UTF-16 offsets are used when the text there is
 * the quote; else its code-point offsets converted; else the quote, prefix
 * and suffix are searched for (lib/anchoring), which places it EXACT when the
 * quote is found as it was, TEXT_CHANGED when only something close is, and
 * refuses to guess (ORPHANED, AMBIGUOUS) otherwise. Selectors are rebuilt
 * from the text, so the same text gives the same prefix and suffix.
 */
export function placeImportedAnnotations(
  text: string,
  annotations: { index: number; annotation: ParsedWebAnnotation }[],
): Placement[] {
  const quoteOf = new Map(annotations.map(({ index, annotation }) => [String(index), annotation.exact]));
  const anchors = annotations.map(({ index, annotation }) => ({
    id: String(index),
    ...startingOffsets(text, annotation),
    exact: annotation.exact,
    prefix: annotation.prefix,
    suffix: annotation.suffix,
  }));
  // Same text on both sides: trusted offsets are kept as they are, the rest is searched for in the whole text.
  return reanchorAll(text, text, anchors).map((result): Placement => {
    const index = Number(result.id);
    if (result.state === "ORPHANED" || result.state === "AMBIGUOUS") {
      // Short quotes without context are too little evidence to move an anchor, but a file
      // without positions has no place to move from: a quote found exactly once is where it belongs.
      const exact = quoteOf.get(result.id)!;
      const only = onlyOccurrence(text, exact);
      return only === null ? { index, state: result.state } : placed(text, index, only, only + exact.length, null);
    }
    return placed(text, index, result.start, result.end, result.state === "TEXT_CHANGED" ? result.previousExact : null);
  });
}

function placed(
  text: string,
  index: number,
  start: number,
  end: number,
  previousExact: string | null,
): PlacedAnnotation {
  const { quote } = describeSpan(text, start, end);
  return {
    index,
    state: previousExact === null ? "EXACT" : "TEXT_CHANGED",
    start,
    end,
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    previousExact,
  };
}

function onlyOccurrence(text: string, exact: string): number | null {
  const first = text.indexOf(exact);
  return first >= 0 && text.indexOf(exact, first + 1) < 0 ? first : null;
}

/** The file's span in UTF-16 units when it points at the quote in this text; -1/-1 (search) otherwise. */
function startingOffsets(text: string, a: ParsedWebAnnotation): { start: number; end: number } {
  if (a.utf16Start !== undefined && a.utf16End !== undefined && text.slice(a.utf16Start, a.utf16End) === a.exact)
    return { start: a.utf16Start, end: a.utf16End };
  if (a.start !== undefined && a.end !== undefined) {
    try {
      const start = codePointsToUtf16(text, a.start);
      const end = codePointsToUtf16(text, a.end);
      if (text.slice(start, end) === a.exact) return { start, end };
    } catch {
      // beyond this text: search for the quote instead
    }
  }
  return { start: -1, end: -1 };
}
