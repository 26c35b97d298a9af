/**
 * The integrity bench's figures of the suggestion world (suggestion-world.ts),
 * for one of its two measures (before any ANALYZE, after it): the "same claim"
 * suggestions and the repeated-claim check against the labels, with the terms
 * each look-up chose and the failing cases as notes.
 */
import { figure, type BenchFigure } from "../figure";
import { percent } from "./altered-quotes";
import type { FindingsScore } from "./import-findings-score";
import type { ChosenTerms, SuggestionMeasure, SuggestionScore } from "./suggestion-world";

const GOAL_QUOTES = "no altered quote ever suggested as the same claim (0)";

/**
 * The "same claim" figures and the repeated-claim check's of one measure of the
 * suggestion world, its failing cases and chosen terms in `notes`; `before`: the
 * measure without statistics, the check's baseline.
 */
export function suggestionFigures(
  when: string,
  { useCase, terms, findings }: SuggestionMeasure,
  baseline: SuggestionScore,
  notes: string[],
  before?: SuggestionMeasure,
): BenchFigure[] {
  const old = "word-overlap similarity alone (every suggestion offered as the same claim)";
  for (const t of terms.filter((t) => t.table === "Article"))
    notes.push(`suggestions (${when}): ${t.what} looks up ${chosenTerms(t)}`);
  const checks = terms.filter((t) => t.table === "Claim");
  const fewer = checks.filter((t) => t.chosen.length < t.all.length);
  notes.push(
    `repeated-claim check (${when}): ${fewer.length} of the ${checks.length} labelled articles look up fewer terms than they have${fewer[0] ? `, e.g. ${chosenTerms(fewer[0])} for: ${fewer[0].what}` : ""}`,
  );
  for (const o of useCase.alteredQuotesAsSame)
    notes.push(`suggestions (${when}): altered quote offered as the same claim (${o.claim}): ${o.sentence}`);
  for (const o of useCase.otherFiguresAsSame)
    notes.push(`suggestions (${when}): other figure offered as the same claim (${o.claim}): ${o.sentence}`);
  for (const o of useCase.wrongSame)
    notes.push(`suggestions (${when}): unrelated sentence offered as the same claim (${o.claim}): ${o.sentence}`);
  for (const m of useCase.missed)
    notes.push(`suggestions (${when}): true re-statement of ${m.claim} ${m.got}: ${m.sentence}`);
  for (const m of useCase.variantsMissed)
    notes.push(`suggestions (${when}): altered re-statement of ${m.claim} not suggested: ${m.sentence}`);
  for (const f of findings.wrong)
    notes.push(`repeated-claim check (${when}): wrong ${f.kind} of ${f.claim}: ${f.sentence}`);
  for (const m of findings.missed)
    notes.push(`repeated-claim check (${when}): "${m.label}" of ${m.claim} not found: ${m.sentence}`);
  const suggested = baseline.labelledVariants - baseline.variantsMissed.length;
  return [
    figure(
      `"same claim" suggestions, ${when}: precision of match = same (${useCase.offeredSame} offered)`,
      useCase.precision,
      "%",
      { name: old, value: baseline.precision },
    ),
    figure(
      `"same claim" suggestions, ${when}: recall of match = same (${useCase.labelledSame} true re-statements)`,
      useCase.recall,
      "%",
      { name: old, value: baseline.recall },
    ),
    figure(
      `altered quotes suggested as "same", ${when}`,
      useCase.alteredQuotesAsSame.length,
      "suggestions",
      { name: old, value: baseline.alteredQuotesAsSame.length },
      GOAL_QUOTES,
    ),
    figure(
      `other figures (number, qualifier or metric) suggested as "same", ${when}`,
      useCase.otherFiguresAsSame.length,
      "suggestions",
      { name: old, value: baseline.otherFiguresAsSame.length },
    ),
    figure(
      `altered re-statements offered as a variant, ${when} (${useCase.variantsOffered} of ${useCase.labelledVariants})`,
      percent(useCase.variantsOffered, useCase.labelledVariants),
      "%",
      { name: `${old}: suggested at all`, value: percent(suggested, baseline.labelledVariants) },
    ),
    ...findingFigures(when, findings, before?.findings),
  ];
}

function chosenTerms(t: ChosenTerms): string {
  return `${t.chosen.join(", ")}${t.chosen.length < t.all.length ? ` (of ${t.all.join(", ")})` : ""}`;
}

/**
 * The repeated-claim check's figures. Its baseline is the measure without
 * statistics (`before`); that measure itself has none, and stands in.
 */
function findingFigures(when: string, findings: FindingsScore, before: FindingsScore = findings): BenchFigure[] {
  const name = before === findings ? "none (the figure itself)" : "the same check before any ANALYZE";
  return [
    figure(
      `repeated-claim check, ${when}: precision of repeats (${findings.repeats} found)`,
      findings.repeatPrecision,
      "%",
      { name, value: before.repeatPrecision },
    ),
    figure(
      `repeated-claim check, ${when}: recall of repeats (${findings.labelledSame} true re-statements)`,
      findings.repeatRecall,
      "%",
      { name, value: before.repeatRecall },
    ),
    figure(
      `repeated-claim check, ${when}: other figures found disagreeing (${findings.disagreements} disagreements, ${findings.labelledOtherFigures} labelled)`,
      findings.disagreementRecall,
      "%",
      { name, value: before.disagreementRecall },
    ),
  ];
}
