import { wordDiff, type WordDiffPart } from "@/lib/anchoring/word-diff";
import { compareQuotes, quoteWords, type QuoteRelation } from "@/lib/claims/compare/compare-quotes";
import type { ExtractedQuote } from "@/lib/claims/extract/extract-passage";

export interface AlteredQuote {
  kind: "ALTERED_QUOTE";
  claimQuote: string;
  passageQuote: string;
  similarity: number;
  diff: WordDiffPart[];
}

/** Words two windows of one quotation must share, at least, to be read as overlapping parts of it. */
const MIN_OVERLAP = 3;

/**
 * Pure: the passage's quotes that alter the claim's quote (compareQuotes:
 * "altered"), with a word diff from the claim's words to the passage's. None
 * when one of the passage's quotes states the claim's words (same words, an
 * excerpt, or — for a quote the passage cuts — an overlapping window of them);
 * "unrelated" quotes are other statements, not alterations.
 */
export function quoteDifferences(claimQuote: string | null, quotes: ExtractedQuote[]): AlteredQuote[] {
  if (!claimQuote?.trim() || quotes.length === 0) return [];
  const compared = quotes.map((quote) => ({ quote, ...relationOf(claimQuote, quote) }));
  if (compared.some((c) => c.relation === "same" || c.relation === "excerpt")) return [];
  return compared
    .filter((c) => c.relation === "altered")
    .map((c) => ({
      kind: "ALTERED_QUOTE",
      claimQuote,
      passageQuote: c.quote.text,
      similarity: c.similarity,
      diff: wordDiff(claimQuote, c.quote.text),
    }));
}

function relationOf(claimQuote: string, quote: ExtractedQuote): { relation: QuoteRelation; similarity: number } {
  const comparison = compareQuotes(claimQuote, quote.text);
  if (
    comparison.relation === "altered" &&
    quote.partial &&
    windowsOverlap(quoteWords(claimQuote), quoteWords(quote.text))
  ) {
    return { ...comparison, relation: "excerpt" };
  }
  return comparison;
}

/** Does the end of one word list start the other (two cuts of one quotation that overlap)? */
function windowsOverlap(a: string[], b: string[]): boolean {
  const longest = Math.min(a.length, b.length);
  for (let k = longest; k >= Math.min(MIN_OVERLAP, longest); k--) {
    if (k > 0 && (endsWith(a, b.slice(0, k)) || endsWith(b, a.slice(0, k)))) return true;
  }
  return false;
}

function endsWith(words: string[], tail: string[]): boolean {
  const offset = words.length - tail.length;
  return tail.every((word, i) => words[offset + i] === word);
}
