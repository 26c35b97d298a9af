import type { ValueQualifier } from "@/lib/generated/prisma/enums";

/**
 * A claimed figure as stored on a Claim (Prisma Decimals converted with
 * `.toNumber()` by the caller). valueHigh defaults to valueLow; qualifier to EXACT.
 */
export interface ClaimedValue {
  valueLow: number;
  valueHigh?: number | null;
  qualifier?: ValueQualifier | null;
  unit?: string | null;
}

/** The set of true values a claim allows; open ends exclude the bound. */
export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/**
 * "about n" allows n ± 10 %, and at least ± 1 so that "about 5" still allows 4
 * and 6. Reporters round: "about 70" vs "68" is agreement, "about 70" vs "11" is not.
 */
export const ABOUT_TOLERANCE = 0.1;

/**
 * Pure: the interval a claimed value allows. EXACT n → [n, n]; AT_LEAST n → [n, ∞);
 * MORE_THAN n → (n, ∞); UP_TO n → [0, n]; FEWER_THAN n → [0, n); ABOUT n →
 * [n − d, n + d] with d = max(1, 10 % of n); a range [low, high] keeps both ends
 * (AT_LEAST/MORE_THAN use low, UP_TO/FEWER_THAN use high, ABOUT widens both).
 * Upper-bounded qualifiers start at 0 for non-negative figures (counts), and at
 * −∞ for negative ones.
 */
export function toInterval(value: ClaimedValue): Interval {
  const low = value.valueLow;
  const high = Math.max(value.valueHigh ?? low, low);
  const floor = high >= 0 ? 0 : -Infinity;
  const qualifier = value.qualifier ?? "EXACT";
  switch (qualifier) {
    case "EXACT":
      return { low, high, lowOpen: false, highOpen: false };
    case "AT_LEAST":
      return { low, high: Infinity, lowOpen: false, highOpen: true };
    case "MORE_THAN":
      return { low, high: Infinity, lowOpen: true, highOpen: true };
    case "UP_TO":
      return { low: Math.min(floor, high), high, lowOpen: false, highOpen: false };
    case "FEWER_THAN":
      return { low: Math.min(floor, high), high, lowOpen: false, highOpen: true };
    case "ABOUT":
      return { low: low - aboutMargin(low), high: high + aboutMargin(high), lowOpen: false, highOpen: false };
    default:
      return assertNever(qualifier);
  }
}

function aboutMargin(n: number): number {
  return Math.max(1, Math.abs(n) * ABOUT_TOLERANCE);
}

/**
 * Pure: can both claims be true at once, i.e. do their intervals intersect?
 * "at least 12" and "at least 19" can; "11" and "about 70" cannot. Figures in
 * different known units ("EUR" vs "USD") are not comparable and count as
 * compatible, so no conflict is raised on a conversion we cannot do; a missing
 * unit matches any unit.
 */
export function valuesCompatible(a: ClaimedValue, b: ClaimedValue): boolean {
  if (!sameUnit(a, b)) return true;
  return intersects(toInterval(a), toInterval(b));
}

/**
 * Pure: for a count that only grows (a death toll), can `earlier` (reported
 * first) and `later` both be true? Yes when some value the earlier claim allows
 * is ≤ some value the later one allows: "12 killed" then "19 killed" is a
 * rising toll, "at least 19" then "9" is not.
 */
export function valueCanRiseTo(earlier: ClaimedValue, later: ClaimedValue): boolean {
  if (!sameUnit(earlier, later)) return true;
  const first = toInterval(earlier);
  return intersects({ ...first, high: Infinity, highOpen: true }, toInterval(later));
}

export function intersects(a: Interval, b: Interval): boolean {
  const low = a.low > b.low ? a : b.low > a.low ? b : null;
  const lowValue = Math.max(a.low, b.low);
  const lowOpen = low ? low.lowOpen : a.lowOpen || b.lowOpen;
  const high = a.high < b.high ? a : b.high < a.high ? b : null;
  const highValue = Math.min(a.high, b.high);
  const highOpen = high ? high.highOpen : a.highOpen || b.highOpen;
  if (lowValue < highValue) return true;
  return lowValue === highValue && !lowOpen && !highOpen;
}

function sameUnit(a: ClaimedValue, b: ClaimedValue): boolean {
  const ua = normalizeUnit(a.unit);
  const ub = normalizeUnit(b.unit);
  return !ua || !ub || ua === ub;
}

const UNIT_ALIASES: Record<string, string> = {
  "%": "percent",
  "per cent": "percent",
  euros: "eur",
  euro: "eur",
  dollars: "usd",
  dollar: "usd",
};

function normalizeUnit(unit: string | null | undefined): string {
  const u = (unit ?? "").trim().toLowerCase();
  return UNIT_ALIASES[u] ?? u;
}

const QUALIFIER_WORDS: Record<ValueQualifier, string> = {
  EXACT: "",
  AT_LEAST: "at least ",
  MORE_THAN: "more than ",
  UP_TO: "up to ",
  FEWER_THAN: "fewer than ",
  ABOUT: "about ",
};

/** Pure: the value as a reader would say it: "at least 12", "about 10–15 EUR". */
export function formatClaimedValue(value: ClaimedValue): string {
  const high = value.valueHigh ?? value.valueLow;
  const number =
    high > value.valueLow ? `${formatNumber(value.valueLow)}–${formatNumber(high)}` : formatNumber(value.valueLow);
  const unit = value.unit ? (normalizeUnit(value.unit) === "percent" ? "%" : ` ${value.unit}`) : "";
  return `${QUALIFIER_WORDS[value.qualifier ?? "EXACT"]}${number}${unit}`;
}

/**
 * Pure: the question a conflict between two figures asks, e.g.
 * `"killed": one claim says at least 12, another says 9 — both cannot be true. Which holds?`
 */
export function describeDisagreement(a: ClaimedValue, b: ClaimedValue, metric?: string | null): string {
  const subject = metric ? `"${metric}": one` : "One";
  return `${subject} claim says ${formatClaimedValue(a)}, another says ${formatClaimedValue(b)} — both cannot be true. Which holds?`;
}

function formatNumber(n: number): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: 6 });
}

function assertNever(value: never): never {
  throw new Error(`Unexpected qualifier: ${String(value)}`);
}
