import { compareQuotes, quoteWords } from "@/lib/claims/compare/compare-quotes";
import { normalizeLabel } from "@/lib/claims/compare/normalize-label";
import type { ExtractedQuote } from "@/lib/claims/extract/extract-passage";

export interface QuoteChange {
  before: string | null;
  after: string | null;
  speakerBefore?: string | null;
  speakerAfter?: string | null;
}

/**
 * Pure: the quotes that changed between two lists. Quotes with the same words
 * (quoteWords: case, punctuation and spelling variants folded) are the same
 * quote; a removed quote is paired with the most similar added one when
 * compareQuotes sees two versions of one quote (altered or excerpt), else it
 * is removed and the other added. Same words with another named speaker is a
 * change too.
 */
export function quoteChanges(before: ExtractedQuote[], after: ExtractedQuote[]): QuoteChange[] {
  const added = [...after];
  const removed: ExtractedQuote[] = [];
  const changes: QuoteChange[] = [];
  for (const quote of before) {
    const same = added.findIndex((a) => key(a) === key(quote));
    if (same < 0) {
      removed.push(quote);
      continue;
    }
    const [match] = added.splice(same, 1);
    if (quote.speaker && match!.speaker && normalizeLabel(quote.speaker) !== normalizeLabel(match!.speaker)) {
      changes.push({
        before: quote.text,
        after: match!.text,
        speakerBefore: quote.speaker,
        speakerAfter: match!.speaker,
      });
    }
  }
  for (const quote of removed) {
    let best = -1;
    let bestSimilarity = 0;
    added.forEach((a, i) => {
      const comparison = compareQuotes(quote.text, a.text);
      if (comparison.relation !== "unrelated" && comparison.similarity > bestSimilarity)
        [best, bestSimilarity] = [i, comparison.similarity];
    });
    changes.push({ before: quote.text, after: best >= 0 ? added.splice(best, 1)[0]!.text : null });
  }
  return [...changes, ...added.map((a) => ({ before: null, after: a.text }))];
}

function key(quote: ExtractedQuote): string {
  return quoteWords(quote.text).join(" ");
}
