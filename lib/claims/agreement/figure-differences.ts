import { normalizeMetric } from "@/lib/claims/normalize-metric";
import { valuesCompatible } from "@/lib/claims/compare/compare-values";
import { describeFigure, type FigureValue } from "./describe-figure";

export type FigureDifference =
  | { kind: "OTHER_FIGURE"; metric: string | null; claimFigure: string; passageFigure: string }
  | { kind: "INCOMPATIBLE_QUALIFIER"; metric: string | null; claimFigure: string; passageFigure: string };

/**
 * Pure: the claim's figures the passage contradicts. A claim figure is
 * compared with the passage's figures of the same metric (normalized:
 * "dead" = "killed"), or, when a side has no metric, only when each side has
 * exactly one figure (otherwise we would not know which to compare). It
 * agrees when one of them can hold at the same time (intervals overlap, see
 * valuesCompatible: "at least 12" and "19" do, "about 70" and "68" do); else
 * the difference is reported once, against the first of them: INCOMPATIBLE_QUALIFIER
 * when both state the same number ("fewer than 12" / "at least 12"),
 * OTHER_FIGURE otherwise ("12" / "19").
 */
export function figureDifferences(claimFigures: FigureValue[], passageFigures: FigureValue[]): FigureDifference[] {
  const differences: FigureDifference[] = [];
  const single = claimFigures.length === 1 && passageFigures.length === 1;
  for (const claim of claimFigures) {
    const metric = metricKey(claim);
    const comparable = passageFigures.filter(
      (p) => (metric !== null && metric === metricKey(p)) || (single && (metric === null || metricKey(p) === null)),
    );
    const first = comparable[0];
    if (!first || comparable.some((p) => valuesCompatible(claim, p))) continue;
    const kind = sameNumbers(claim, first) ? "INCOMPATIBLE_QUALIFIER" : "OTHER_FIGURE";
    differences.push({
      kind,
      metric: metric ?? metricKey(first),
      claimFigure: describeFigure(claim),
      passageFigure: describeFigure(first),
    });
  }
  return differences;
}

function metricKey(figure: FigureValue): string | null {
  const metric = figure.metric?.trim();
  return metric ? normalizeMetric(metric) : null;
}

/** Pure: the two figures state the same number (or range), whatever their qualifiers. */
export function sameNumbers(a: FigureValue, b: FigureValue): boolean {
  return a.valueLow === b.valueLow && (a.valueHigh ?? a.valueLow) === (b.valueHigh ?? b.valueLow);
}
