import { InvalidInputError } from "@/lib/errors";
import { codePointsToUtf16 } from "@/lib/anchoring";
import type { ParsedWebAnnotation } from "@/lib/exports/web-annotation";

type Selectors = Pick<ParsedWebAnnotation, "exact" | "prefix" | "suffix" | "start" | "end" | "utf16Start" | "utf16End">;

/**
 * Where a posted Web Annotation's selectors point in the article's latest
 * text, in UTF-16 code units: Factdesk's own utf16 offsets when present, else
 * the TextPositionSelector's code points, else the one exact occurrence of the
 * quote (its prefix and suffix single it out when it occurs several times).
 * Pure. A client names a passage on purpose, so nothing is guessed: a quote
 * that is not in the text, or is there several times with nothing to tell
 * them apart, is refused. createAnnotation then checks that the quote is the
 * text at the span.
 */
export function locateSpan(text: string, selectors: Selectors): { start: number; end: number } {
  if (selectors.utf16Start !== undefined && selectors.utf16End !== undefined)
    return { start: selectors.utf16Start, end: selectors.utf16End };
  if (selectors.start !== undefined && selectors.end !== undefined) {
    try {
      return { start: codePointsToUtf16(text, selectors.start), end: codePointsToUtf16(text, selectors.end) };
    } catch {
      throw refused("The TextPositionSelector is beyond the end of the article.");
    }
  }
  const { exact, prefix, suffix } = selectors;
  const occurrences: number[] = [];
  for (let at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) occurrences.push(at);
  if (occurrences.length === 0) throw refused("The quote is not in the article's latest text.");
  const inContext = occurrences.filter(
    (at) => text.startsWith(prefix, at - prefix.length) && text.startsWith(suffix, at + exact.length),
  );
  const candidates = inContext.length > 0 ? inContext : occurrences;
  if (candidates.length > 1)
    throw refused(
      "The quote occurs several times: add a TextPositionSelector, or a prefix or suffix that tells them apart.",
    );
  return { start: candidates[0]!, end: candidates[0]! + exact.length };
}

function refused(message: string): InvalidInputError {
  return new InvalidInputError(message, { "target.selector": [message] });
}
