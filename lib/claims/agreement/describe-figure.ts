import { formatClaimedValue } from "@/lib/claims/compare/compare-values";
import type { ValueQualifier } from "@/lib/generated/prisma/enums";

/** A figure as extracted from a passage or stored on a claim. */
export interface FigureValue {
  valueLow: number;
  valueHigh: number | null;
  qualifier: ValueQualifier | null;
  unit: string | null;
  metric: string | null;
}

/**
 * Pure: a figure in words for people: "at least 12 killed", "about 70
 * missiles", "10–15 injured", "12%", "40,000,000 EUR". The value is written as
 * conflicts write it (formatClaimedValue), the metric after it.
 */
export function describeFigure(figure: FigureValue): string {
  const value = formatClaimedValue(figure);
  const metric = figure.metric?.trim();
  return metric ? `${value} ${metric}` : value;
}
