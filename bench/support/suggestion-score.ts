/**
 * The "same claim" suggestions of the suggestion world (suggestion-world.ts)
 * scored against its labels: precision and recall of those offered as the
 * same claim, the altered ones offered so, and the altered ones offered as
 * what they are (variants).
 */
import { percent } from "./altered-quotes";
import type { ClaimKey, LabelledRestatement } from "./integrity-suggestion-articles";

export interface Placed {
  articleId: string;
  start: number;
  end: number;
  label: LabelledRestatement;
}

export interface Offered {
  claim: ClaimKey;
  articleId: string;
  start: number;
  end: number;
  sentence: string;
  /** what the suggestion says: offered as the same claim, or as a variant (with its differences) */
  same: boolean;
  differences: string[];
}

export interface SuggestionScore {
  precision: number;
  recall: number;
  offeredSame: number;
  labelledSame: number;
  alteredQuotesAsSame: Offered[];
  otherFiguresAsSame: Offered[];
  /** offered as the same claim without being labelled so (other than the two lists above) */
  wrongSame: Offered[];
  /** labelled "same", not offered as the same claim: how it came (a variant, or not at all) */
  missed: { claim: ClaimKey; sentence: string; got: string }[];
  /** labelled altered (a quote or a figure), offered as a variant of their claim: the warnings a claim page shows */
  variantsOffered: number;
  labelledVariants: number;
  /** labelled altered, not suggested at all */
  variantsMissed: { claim: ClaimKey; sentence: string }[];
}

export function score(offered: Offered[], placed: Placed[]): SuggestionScore {
  const labelOf = (o: Offered) =>
    placed.find((p) => p.articleId === o.articleId && p.start < o.end && p.end > o.start && p.label.claim === o.claim)
      ?.label.label;
  const same = offered.filter((o) => o.same);
  const right = same.filter((o) => labelOf(o) === "same");
  const labelledSame = placed.filter((p) => p.label.label === "same");
  const missed = labelledSame
    .filter(
      (p) =>
        !right.some(
          (o) => o.claim === p.label.claim && o.articleId === p.articleId && o.start < p.end && o.end > p.start,
        ),
    )
    .map((p) => {
      const came = offered.find(
        (o) => o.claim === p.label.claim && o.articleId === p.articleId && o.start < p.end && o.end > p.start,
      );
      return {
        claim: p.label.claim!,
        sentence: p.label.text,
        got: came ? `offered as a variant (${came.differences.join(", ")})` : "not suggested",
      };
    });
  const overlaps = (o: Offered, p: Placed) =>
    o.claim === p.label.claim && o.articleId === p.articleId && o.start < p.end && o.end > p.start;
  const variants = placed.filter((p) => p.label.label === "altered quote" || p.label.label === "other figure");
  const offeredVariant = variants.filter((p) => offered.some((o) => !o.same && overlaps(o, p)));
  return {
    precision: percent(right.length, same.length),
    recall: percent(right.length, labelledSame.length),
    offeredSame: same.length,
    labelledSame: labelledSame.length,
    alteredQuotesAsSame: same.filter((o) => labelOf(o) === "altered quote"),
    otherFiguresAsSame: same.filter((o) => labelOf(o) === "other figure"),
    wrongSame: same.filter((o) => labelOf(o) === undefined),
    missed,
    variantsOffered: offeredVariant.length,
    labelledVariants: variants.length,
    variantsMissed: variants
      .filter((p) => !offered.some((o) => overlaps(o, p)))
      .map((p) => ({ claim: p.label.claim!, sentence: p.label.text })),
  };
}
