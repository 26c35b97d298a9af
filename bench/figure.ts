/**
 * One benchmark result, compared with a baseline measured in the same run on
 * the same machine, so the ratio stays meaningful across CI runners.
 */
export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  baseline: { name: string; value: number };
  /** value / baseline.value */
  ratio: number;
  /** the target this figure is held to, in words (e.g. "< 100 ms") */
  goal?: string;
}

/** A figure rounded to 2 decimals, with its ratio to the baseline. */
export function figure(
  name: string,
  value: number,
  unit: string,
  baseline: { name: string; value: number },
  goal?: string,
): BenchFigure {
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    name,
    value: round(value),
    unit,
    baseline: { ...baseline, value: round(baseline.value) },
    ratio: round(value / baseline.value),
    ...(goal ? { goal } : {}),
  };
}
