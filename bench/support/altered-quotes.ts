/**
 * Altered-quote detection, scored: every direct quote of a text gets the
 * labelled variants of quote-variants.ts; each variant is written into a
 * passage (`Speaker said: “variant”`) and compared, as a link would compare
 * it, with a claim quoting the original words (comparePassageWithClaim): an
 * ALTERED_QUOTE difference is the prediction "altered". Baseline: exact-string
 * equality of the quoted words.
 */
import { comparePassageWithClaim } from "@/lib/claims/agreement/compare-passage";
import { extractPassage } from "@/lib/claims/extract/extract-passage";
import { directQuote } from "@/lib/claims/compare/direct-quote";
import { quoteVariants, type QuoteVariant, type VariantKind } from "./quote-variants";

export interface Quote {
  text: string;
  speaker: string | null;
}

export interface Classified {
  quote: Quote;
  variant: QuoteVariant;
  /** comparePassageWithClaim reported an ALTERED_QUOTE */
  flagged: boolean;
  /** the baseline: the words differ as strings */
  differs: boolean;
}

export interface Detection {
  precision: number;
  recall: number;
  predicted: number;
  labelled: number;
}

/** The whole quotes of a text (read paragraph by paragraph, as a passage holding each), at least two words long. */
export function quotesOf(text: string): Quote[] {
  const quotes = new Map<string, Quote>();
  let at = 0;
  for (const paragraph of text.split("\n")) {
    const { quotes: found } = extractPassage({ text, start: at, end: at + paragraph.length }, { publishedAt: null });
    for (const q of found)
      if (!q.partial && (q.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 2)
        quotes.set(q.text, { text: q.text, speaker: q.speaker });
    at += paragraph.length + 1;
  }
  return [...quotes.values()];
}

export function classifyVariants(quotes: Quote[]): Classified[] {
  return quotes.flatMap((quote) =>
    quoteVariants(quote.text).map((variant) => ({
      quote,
      variant,
      flagged: flagsAlteredQuote(quote, variant),
      differs: variant.text !== quote.text,
    })),
  );
}

function flagsAlteredQuote(quote: Quote, variant: QuoteVariant): boolean {
  const speaker = quote.speaker ?? "The spokesman";
  const statement = `${speaker} said: “${quote.text}”`;
  const claim = {
    statement,
    claimant: speaker,
    metric: null,
    valueLow: null,
    valueHigh: null,
    qualifier: null,
    unit: null,
    quote: directQuote({ claimant: speaker, statement }, null),
  };
  const passage = variant.straightMarks ? `${speaker} said: "${variant.text}"` : `${speaker} said: “${variant.text}”`;
  const extraction = extractPassage({ text: passage, start: 0, end: passage.length }, { publishedAt: null });
  return comparePassageWithClaim(claim, extraction).some((d) => d.kind === "ALTERED_QUOTE");
}

/** Precision and recall (in %) of "altered", by the use case's comparison or by the baseline. */
export function detection(classified: Classified[], by: "flagged" | "differs"): Detection {
  const predicted = classified.filter((c) => c[by]);
  const labelled = classified.filter((c) => c.variant.altered);
  const right = predicted.filter((c) => c.variant.altered).length;
  return {
    precision: percent(right, predicted.length),
    recall: percent(right, labelled.length),
    predicted: predicted.length,
    labelled: labelled.length,
  };
}

/** Per variant kind: how many variants, how many the comparison flagged as altered. */
export function byKind(
  classified: Classified[],
): { kind: VariantKind; altered: boolean; count: number; flagged: number }[] {
  const kinds = new Map<VariantKind, { kind: VariantKind; altered: boolean; count: number; flagged: number }>();
  for (const c of classified) {
    const row = kinds.get(c.variant.kind) ?? { kind: c.variant.kind, altered: c.variant.altered, count: 0, flagged: 0 };
    row.count++;
    if (c.flagged) row.flagged++;
    kinds.set(c.variant.kind, row);
  }
  return [...kinds.values()];
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? Number.NaN : (100 * part) / whole;
}
