import type { WordDiffPart } from "@/lib/anchoring/word-diff";
import { extractFigures, type PassageExtraction } from "@/lib/claims/extract/extract-passage";
import type { ValueQualifier } from "@/lib/generated/prisma/enums";
import type { FigureValue } from "./describe-figure";
import { figureDifferences } from "./figure-differences";
import { quoteDifferences } from "./quote-differences";
import { compareQuotes } from "@/lib/claims/compare/compare-quotes";
import { valuesCompatible } from "@/lib/claims/compare/compare-values";
import { normalizeMetric } from "@/lib/claims/normalize-metric";

export { describeFigure } from "./describe-figure";

/** What a claim states, as compared with a passage. */
export interface ClaimContent {
  statement: string;
  claimant: string | null;
  metric: string | null;
  valueLow: number | null;
  valueHigh: number | null;
  qualifier: ValueQualifier | null;
  unit: string | null;
  /** The claim's direct-quote words, when it is a direct quote (the caller computes it, see directQuote). */
  quote: string | null;
}

export type AppearanceDifference =
  | { kind: "ALTERED_QUOTE"; claimQuote: string; passageQuote: string; similarity: number; diff: WordDiffPart[] }
  /** A different number for the same metric: the intervals don't overlap. */
  | { kind: "OTHER_FIGURE"; metric: string | null; claimFigure: string; passageFigure: string }
  /** The same number with qualifiers that can't both hold: "fewer than 12" / "at least 12". */
  | { kind: "INCOMPATIBLE_QUALIFIER"; metric: string | null; claimFigure: string; passageFigure: string };

/**
 * Pure: how a passage's statement differs from the claim; [] when it agrees.
 * Agreement: the same words inside quotes (case, punctuation and spelling
 * variants such as Kiev/Kyiv don't count), an excerpt of the quote, figures
 * whose intervals overlap, or nothing comparable. The claim's figure is its
 * structured value when it has one, else the figures of its statement. See
 * quoteDifferences and figureDifferences for the rules.
 */
export function comparePassageWithClaim(
  claim: ClaimContent,
  passage: PassageExtraction,
  figures: FigureValue[] = claimFigures(claim),
): AppearanceDifference[] {
  return [...quoteDifferences(claim.quote, passage.quotes), ...figureDifferences(figures, passage.figures)];
}

/**
 * Pure: does the passage positively state what the claim states — its quote
 * (the same words or an excerpt) when it is a direct quote, a compatible
 * figure of the same metric when it has a figure — and differ in nothing?
 * A claim with neither quote nor figure is stated by wording alone (the
 * caller's similarity decides). Used for "same claim" suggestions: sharing a
 * place name and a few words is not stating the claim.
 */
export function passageStatesClaim(claim: ClaimContent, passage: PassageExtraction): boolean {
  if (comparePassageWithClaim(claim, passage).length > 0) return false;
  if (
    claim.quote?.trim() &&
    !passage.quotes.some((q) => ["same", "excerpt"].includes(compareQuotes(claim.quote!, q.text).relation))
  )
    return false;
  const figures = claimFigures(claim);
  return figures.every((figure) => passage.figures.some((p) => sameMetric(figure, p) && valuesCompatible(figure, p)));
}

function sameMetric(a: FigureValue, b: FigureValue): boolean {
  const metricA = a.metric?.trim() ? normalizeMetric(a.metric) : null;
  const metricB = b.metric?.trim() ? normalizeMetric(b.metric) : null;
  return (
    metricA === metricB ||
    (metricA === null && a.valueLow === b.valueLow) ||
    (metricB === null && a.valueLow === b.valueLow)
  );
}

/**
 * Pure: the figures a claim is compared by (comparePassageWithClaim's default):
 * its structured value, else its statement's figures, extracted from it. A
 * caller comparing one claim with many passages works them out once.
 */
export function claimFigures(claim: ClaimContent): FigureValue[] {
  if (claim.valueLow !== null && Number.isFinite(claim.valueLow)) {
    const { valueLow, valueHigh, qualifier, unit, metric } = claim;
    return [{ valueLow, valueHigh, qualifier, unit, metric }];
  }
  const statement = claim.statement ?? "";
  return extractFigures({ text: statement, start: 0, end: statement.length });
}
