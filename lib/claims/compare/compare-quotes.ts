import { diffArrays } from "diff";
import { normalizeWord } from "./normalize-label";

/**
 * Two quotes count as versions of one quote from this word similarity up
 * (Dice over the longest common word sequence). Below it, two quotes of one
 * speaker are taken as different statements, not as one altered quote.
 */
export const QUOTE_SIMILARITY_THRESHOLD = 0.5;

/**
 * - "same": the same words; case, punctuation, whitespace, apostrophes,
 *   thousands separators and spelling variants of places ("KYIV"/"Kyiv"/"Kiev")
 *   do not count;
 * - "excerpt": one quotes part of the other word for word (with "…" or "[...]"
 *   marking cuts) — quoting part of a statement is not altering it;
 * - "altered": versions of one quote whose words differ;
 * - "unrelated": different statements.
 */
export type QuoteRelation = "same" | "excerpt" | "altered" | "unrelated";

export interface QuoteComparison {
  relation: QuoteRelation;
  /** 0 (no word in common) to 1 (same words in the same order). */
  similarity: number;
}

const ELLIPSIS = /\[\s*(?:\.\s*){3}\]|\.\s*\.\s*\.|…/;

/** Pure: how quote `b` relates to quote `a`. */
export function compareQuotes(a: string, b: string): QuoteComparison {
  const wordsA = quoteWords(a);
  const wordsB = quoteWords(b);
  if (wordsA.length === 0 || wordsB.length === 0) return { relation: "unrelated", similarity: 0 };
  const similarity = wordSimilarity(wordsA, wordsB);
  if (similarity === 1 && wordsA.length === wordsB.length) return { relation: "same", similarity };
  if (isExcerpt(b, wordsA) || isExcerpt(a, wordsB)) return { relation: "excerpt", similarity };
  return { relation: similarity >= QUOTE_SIMILARITY_THRESHOLD ? "altered" : "unrelated", similarity };
}

/** Pure: the comparable words of a quote, folded as described on QuoteRelation. */
export function quoteWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu) ?? []).map(normalizeWord).filter(Boolean);
}

/** 2 × common / (|a| + |b|), common = the longest common subsequence of words. */
export function wordSimilarity(a: string[], b: string[]): number {
  if (a.length + b.length === 0) return 1;
  let common = 0;
  for (const change of diffArrays(a, b)) if (!change.added && !change.removed) common += change.count;
  return (2 * common) / (a.length + b.length);
}

/** Does every stretch of `excerpt` between cuts occur in `full`, in order? */
function isExcerpt(excerpt: string, full: string[]): boolean {
  const segments = excerpt
    .split(ELLIPSIS)
    .map(quoteWords)
    .filter((words) => words.length > 0);
  if (segments.length === 0) return false;
  let from = 0;
  for (const segment of segments) {
    const at = indexOfSequence(full, segment, from);
    if (at < 0) return false;
    from = at + segment.length;
  }
  return true;
}

function indexOfSequence(haystack: string[], needle: string[], from: number): number {
  outer: for (let i = from; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
