/**
 * Krippendorff's alpha: agreement between raters beyond chance, for any
 * number of raters and with missing ratings. Factdesk uses it to report how
 * consistently editors rate claims (units = claims, values = the ordinals of
 * each editor's rating; off-scale ratings such as "unverifiable" are missing).
 * Computed with the coincidence-matrix method of K. Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability" (2011).
 */
export type MeasurementLevel = "nominal" | "ordinal" | "interval";

/**
 * Pure: alpha for `units`, each the values its raters gave (null = missing;
 * order within a unit does not matter). Units with fewer than two values
 * cannot be paired and are ignored. 1 = perfect agreement, 0 = chance,
 * negative = systematic disagreement. null when alpha is undefined: no unit
 * with two values, or no variation at all (every value the same).
 */
export function krippendorffAlpha(
  units: readonly (readonly (number | null)[])[],
  level: MeasurementLevel,
): number | null {
  const pairable = units
    .map((unit) => unit.filter((x): x is number => x !== null && Number.isFinite(x)))
    .filter((values) => values.length >= 2);
  const categories = [...new Set(pairable.flat())].sort((a, b) => a - b);
  if (categories.length === 0) return null;
  const index = new Map(categories.map((value, i) => [value, i]));
  const o = coincidences(pairable, index, categories.length);
  const marginals = o.map((row) => row.reduce((sum, x) => sum + x, 0));
  const n = marginals.reduce((sum, x) => sum + x, 0);
  const delta = distance(level, categories, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < categories.length; c++) {
    for (let k = 0; k < categories.length; k++) {
      const d = delta(c, k);
      observed += o[c]![k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  if (expected === 0) return null;
  // α = 1 − D_o / D_e, with D_o = Σ o·δ / n and D_e = Σ n_c·n_k·δ / (n(n − 1)).
  return 1 - ((n - 1) * observed) / expected;
}

/** o[c][k]: pairs of values (c, k) within units, each unit weighted 1 / (m_u − 1). */
function coincidences(units: number[][], index: Map<number, number>, size: number): number[][] {
  const o = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (const values of units) {
    const counts = new Map<number, number>();
    for (const value of values) counts.set(index.get(value)!, (counts.get(index.get(value)!) ?? 0) + 1);
    const weight = 1 / (values.length - 1);
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) o[c]![k]! += weight * nc * (c === k ? nk - 1 : nk);
    }
  }
  return o;
}

/** The squared difference δ²(c, k) of each level of measurement, over category indexes. */
function distance(
  level: MeasurementLevel,
  categories: number[],
  marginals: number[],
): (c: number, k: number) => number {
  switch (level) {
    case "nominal":
      return (c, k) => (c === k ? 0 : 1);
    case "interval":
      return (c, k) => (categories[c]! - categories[k]!) ** 2;
    case "ordinal": {
      // Ranks count how many values lie between two categories: (Σ_{g=c..k} n_g − (n_c + n_k)/2)².
      const cumulative = [0];
      for (const m of marginals) cumulative.push(cumulative.at(-1)! + m);
      return (c, k) => {
        const [lo, hi] = c <= k ? [c, k] : [k, c];
        return (cumulative[hi + 1]! - cumulative[lo]! - (marginals[lo]! + marginals[hi]!) / 2) ** 2;
      };
    }
    default:
      return assertNever(level);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unknown level of measurement: ${String(value)}`);
}
