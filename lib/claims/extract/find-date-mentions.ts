/**
 * Calendar days a text names, as "YYYY-MM-DD": "4 July 2025", "July 4, 2025",
 * "2025-07-04", "04.07.2025", and, resolved against a reference day (the
 * article's publication): "4 July" / "July 4" (the reference's year, or the
 * year before when that would put it more than a week after the reference),
 * "Monday" (the latest Monday on or before the reference), "yesterday",
 * "last night" (the day before), "today".
 *
 * Not read: slashed dates whose day and month could be swapped ("04/07/2025"
 * is 4 July in Europe and April 7 in the US), a month or a year alone, and
 * dates that are not when something happened: "since 4 July", "until
 * Monday", "by Friday", "next Monday". Month and day names must be
 * capitalized, so "12 may die" is not a date.
 */
export interface DateMention {
  /** UTF-16 offsets in the searched text. */
  start: number;
  end: number;
  day: string;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const MONTH = String.raw`(${MONTHS.join("|")}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?)`;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ORDINAL = "(?:st|nd|rd|th)?";
const PATTERNS: [RegExp, (m: RegExpExecArray, reference: Date | null) => string | null][] = [
  [/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, (m) => day(+m[1]!, +m[2]!, +m[3]!)],
  [/(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g, (m) => day(+m[3]!, +m[2]!, +m[1]!)],
  [/(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g, (m) => unambiguousSlashed(+m[1]!, +m[2]!, +m[3]!)],
  [
    new RegExp(String.raw`(?<![\d])(\d{1,2})${ORDINAL}\s+(?:of\s+)?${MONTH}(?:,?\s+(\d{4}))?(?![\p{L}\d])`, "gu"),
    (m, ref) => withYear(m[3], monthOf(m[2]!), +m[1]!, ref),
  ],
  [
    new RegExp(String.raw`\b${MONTH}\s+(\d{1,2})${ORDINAL}(?:,?\s+(\d{4}))?(?![\p{L}\d:])`, "gu"),
    (m, ref) => withYear(m[3], monthOf(m[1]!), +m[2]!, ref),
  ],
  [
    new RegExp(String.raw`\b(${WEEKDAYS.join("|")})\b`, "g"),
    (m, ref) => (ref ? lastWeekday(WEEKDAYS.indexOf(m[1]!), ref) : null),
  ],
  [
    /\b([Yy]esterday|[Ll]ast night|[Tt]oday)\b/g,
    (m, ref) => (ref ? shift(ref, /^today$/i.test(m[1]!) ? 0 : -1) : null),
  ],
];
const NOT_WHEN = /\b(?:since|until|till|by|before|after|from|through|next|ahead of|expected on|due on)\s+(?:the\s+)?$/i;

/** Pure: the days named in `text`, in text order; `reference` resolves relative ones. */
export function findDateMentions(text: string, reference: Date | null): DateMention[] {
  const found: DateMention[] = [];
  // Dates near the ends of the representable range cannot be shifted by a week.
  const valid = reference && Math.abs(reference.getTime()) < 8.6e15 ? reference : null;
  PATTERNS.forEach(([pattern, read]) => {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      if (NOT_WHEN.test(text.slice(Math.max(0, start - 20), start))) continue;
      const resolved = read(m, valid);
      if (resolved) found.push({ start, end, day: resolved });
    }
  });
  return found.sort((a, b) => a.start - b.start);
}

function day(year: number, month: number, date: number): string | null {
  if (month < 1 || month > 12 || date < 1 || year < 1000 || year > 9999) return null;
  const utc = new Date(Date.UTC(year, month - 1, date));
  if (utc.getUTCDate() !== date) return null;
  return utc.toISOString().slice(0, 10);
}

function unambiguousSlashed(a: number, b: number, year: number): string | null {
  if (a > 12 && b <= 12) return day(year, b, a);
  if (b > 12 && a <= 12) return day(year, a, b);
  return a === b ? day(year, a, b) : null;
}

function monthOf(name: string): number {
  const key = name.slice(0, 3).toLowerCase();
  return MONTHS.findIndex((month) => month.slice(0, 3).toLowerCase() === key) + 1;
}

function withYear(year: string | undefined, month: number, date: number, reference: Date | null): string | null {
  if (year !== undefined) return day(+year, month, date);
  if (!reference) return null;
  const thisYear = reference.getUTCFullYear();
  const guess = day(thisYear, month, date);
  if (guess === null) return null;
  const weekAfter = shift(reference, 7);
  return guess > weekAfter ? day(thisYear - 1, month, date) : guess;
}

function lastWeekday(weekday: number, reference: Date): string {
  const back = (reference.getUTCDay() - weekday + 7) % 7;
  return shift(reference, -back);
}

function shift(reference: Date, days: number): string {
  return new Date(reference.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}
