import { z } from "zod";

/**
 * An optional calendar date or date-time from a form, ISO 8601 only. Date.parse
 * alone would accept "5" and roll "2024-02-30" over to 1 March, silently
 * storing another day; here an impossible date is refused.
 */
export const optionalIsoDate = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || isRealIsoDate(v), "Enter a real date as YYYY-MM-DD.")
  .transform((v) => (v ? new Date(v) : null));

export function isRealIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  if (!match) return false;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return false;
  // the calendar part must survive the round trip (no rolling over to the next month)
  const [, y, m, d] = match;
  const check = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return (
    check.getUTCFullYear() === Number(y) && check.getUTCMonth() === Number(m) - 1 && check.getUTCDate() === Number(d)
  );
}
