/**
 * Whole-number matching for claim look-up and search: "90" never finds
 * "190", "1,900" or "90.5", and "1200" finds "1,200" (and "1 200" with a
 * non-breaking or thin space). The pattern is a regular expression that
 * PostgreSQL (`~`) and JavaScript read alike: lookbehind and lookahead keep
 * digits, and digits after a separator, from either side.
 */

/** Group separators of the thousands: comma, no-break space, narrow no-break space, thin space. */
const SEPARATOR = "[,\u00a0\u202f\u2009]";
/** A number as typed: digits with optional thousands separators and decimals ("1,200", "12.5", "90"). */
export const TYPED_NUMBER = /^(?:\d{1,3}(?:[,\u00a0\u202f\u2009]\d{3})+|\d+)(?:\.\d+)?$/u;

/** Pure: the digits of a typed number without separators ("1,200.5" → "1200.5"), or null when it is not one. */
export function plainNumber(typed: string): string | null {
  return TYPED_NUMBER.test(typed) ? typed.replace(/[,\u00a0\u202f\u2009]/gu, "") : null;
}

/** Pure: the ways a whole number is written in copy: "1200" → ["1200", "1,200"]; numbers below 1,000 have one. */
export function writtenForms(typed: string): string[] {
  const plain = plainNumber(typed);
  if (plain === null) return [typed];
  const [whole, decimals] = plain.split(".") as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + (decimals === undefined ? "" : `.${decimals}`);
  return grouped === plain ? [plain] : [plain, grouped];
}

/**
 * Pure: a regular expression finding the typed number as a whole number, or
 * null when `typed` is not a number ("12th", "covid19").
 */
export function wholeNumberPattern(typed: string): string | null {
  const plain = plainNumber(typed);
  if (plain === null) return null;
  const [whole, decimals] = plain.split(".") as [string, string | undefined];
  // between each group of three digits from the right, an optional separator
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, `${SEPARATOR}?`);
  return `(?<![0-9])(?<![0-9][.,])${digits}${decimals === undefined ? "" : `\\.${decimals}`}(?![0-9])(?![.,][0-9])`;
}
