import { wordDiff, type WordDiffPart } from "@/lib/anchoring/word-diff";
import type { PassageExtraction } from "@/lib/claims/extract/extract-passage";
import { describeFigure } from "./describe-figure";
import { figureChanges } from "./figure-changes";
import { quoteChanges } from "./quote-changes";

export interface ExtractionChange {
  /** Described figures that changed (both set), were added (before null) or removed (after null). */
  figures: { before: string | null; after: string | null }[];
  /** Quotes whose words changed, were added or removed; a word diff from before to after. */
  quotes: {
    before: string | null;
    after: string | null;
    diff: WordDiffPart[];
    speakerBefore?: string | null;
    speakerAfter?: string | null;
  }[];
  /** One line for people: "“150 drones” became “190 drones”". */
  summary: string;
}

const SUMMARY_QUOTE = 80;

/**
 * Pure: what changed in what a passage states between two extractions (the
 * same annotation before and after a new article version); null when its
 * figures and quotes are the same. Compared as sets: reordering is not a
 * change, nor is re-punctuation, case or a spelling variant inside a quote
 * (quoteWords), nor "1,200" → "1200" (the same value). A quote whose words
 * stay but whose named speaker changes ("Trump" → "Vance") is a change; a
 * speaker that appears or disappears is not, because attribution reading is
 * too fragile for that to mean the article changed.
 */
export function compareExtractions(before: PassageExtraction, after: PassageExtraction): ExtractionChange | null {
  const figures = figureChanges(before.figures.map(describeFigureKeyed), after.figures.map(describeFigureKeyed));
  const quotes = quoteChanges(before.quotes, after.quotes);
  if (figures.length === 0 && quotes.length === 0) return null;
  const parts = [
    ...figures.map((f) => changeLine(f.before, f.after)),
    ...quotes.map((q) =>
      q.speakerAfter !== undefined
        ? `“${short(q.after ?? "")}” is now attributed to ${q.speakerAfter} (was ${q.speakerBefore})`
        : changeLine(q.before && short(q.before), q.after && short(q.after)),
    ),
  ];
  return {
    figures,
    quotes: quotes.map((q) => ({ ...q, diff: wordDiff(q.before ?? "", q.after ?? "") })),
    summary: parts.join("; "),
  };
}

function describeFigureKeyed(figure: PassageExtraction["figures"][number]): {
  text: string;
  metric: string | null;
  unit: string | null;
} {
  return { text: describeFigure(figure), metric: figure.metric, unit: figure.unit };
}

function changeLine(before: string | null, after: string | null): string {
  if (before !== null && after !== null) return `“${before}” became “${after}”`;
  return before !== null ? `“${before}” was removed` : `“${after}” was added`;
}

function short(text: string): string {
  return text.length <= SUMMARY_QUOTE ? text : `${text.slice(0, SUMMARY_QUOTE - 1).trimEnd()}…`;
}
