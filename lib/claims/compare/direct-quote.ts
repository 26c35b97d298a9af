/**
 * Which claims are direct quotes, and what their quoted words are: the input
 * of detectQuoteConflicts. Only direct quotes are compared word by word —
 * reported speech ("Smith said the plan would fail") is paraphrase, where
 * other wording is normal and not an alteration.
 *
 * Rule, in order (a claim without a claimant is never a quote: there is no
 * speaker to compare it with):
 * 1. the claim's statement contains a quoted passage ("…", “…”, „…“, «…», ‘…’)
 *    of at least MIN_QUOTE_WORDS words: its longest such passage. The
 *    statement is what the editor normalized, so it wins over the article;
 * 2. otherwise the claim's first appearance: a quoted passage inside the
 *    annotated text, or the annotated text itself when it sits between an
 *    opening and a closing quotation mark in the stored context (prefix and
 *    suffix, at most a sentence or 160 characters on each side);
 * 3. otherwise the claim is not a direct quote.
 */
export const MIN_QUOTE_WORDS = 2;

/** The text of an appearance, as stored with its TextQuoteSelector. */
export interface QuotedSpan {
  exact: string;
  prefix: string;
  suffix: string;
}

const QUOTED = [
  /"([^"\n]+)"/gu,
  /[“„]([^“”„\n]+)[”“]/gu,
  /«\s*([^«»\n]+?)\s*»/gu,
  /‘((?:[^‘’\n]|’(?=\p{L}))+)’(?!\p{L})/gu,
];
const OPENING = new Set(["“", "„", "«", "‘"]);
const CLOSING = new Set(["”", "»", "’"]);

/** Pure: the quoted words of a claim (see the rule above), or null when it is not a direct quote. */
export function directQuote(
  claim: { claimant: string | null; statement: string },
  firstAppearance: QuotedSpan | null,
): string | null {
  if (!claim.claimant?.trim()) return null;
  return quotedPassage(claim.statement) ?? (firstAppearance ? quotedSpan(firstAppearance) : null);
}

/** Pure: the longest passage of `text` between quotation marks with at least MIN_QUOTE_WORDS words, or null. */
export function quotedPassage(text: string): string | null {
  let best: string | null = null;
  for (const pattern of QUOTED) {
    for (const match of text.matchAll(pattern)) {
      const inner = match[1]!.trim();
      if (wordCount(inner) >= MIN_QUOTE_WORDS && (best === null || inner.length > best.length)) best = inner;
    }
  }
  return best;
}

/** Pure: the quote in an annotated span: a passage inside it, or the span itself when quotation marks enclose it. */
export function quotedSpan(span: QuotedSpan): string | null {
  const inside = quotedPassage(span.exact);
  if (inside) return inside;
  const exact = span.exact.trim();
  if (wordCount(exact) < MIN_QUOTE_WORDS) return null;
  return insideQuotes(span.prefix, span.suffix) ? exact : null;
}

/** Is the span between quotation marks: an unclosed opening mark before it (same paragraph) and a closing one after it? */
function insideQuotes(prefix: string, suffix: string): boolean {
  const before = prefix.slice(prefix.lastIndexOf("\n") + 1);
  const after = suffix.split("\n", 1)[0]!;
  const straight = (before.match(/"/g)?.length ?? 0) % 2 === 1 && after.includes('"');
  // A ’ before the span is too often an apostrophe to tell anything; after it, one not followed by a letter closes a quote.
  const lastMark = [...before].reverse().find((c) => OPENING.has(c) || c === "”" || c === "»");
  const nextMark = after.match(/[“”«»]|’(?!\p{L})/u)?.[0];
  return (
    straight || (lastMark !== undefined && OPENING.has(lastMark) && nextMark !== undefined && CLOSING.has(nextMark))
  );
}

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
