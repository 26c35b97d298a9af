/**
 * THE place that turns instants into text for people. Every on-screen time
 * goes through here with the viewer's zone (app/_lib/viewer-time-zone.ts on
 * the server, the TimeZone context in client components); records for others
 * (published reports, exports) pass UTC and say so.
 *
 * Two kinds of values:
 * - instants (createdAt, a verdict's approval): shown in a zone;
 * - calendar days (an article's published day, a claim's date, "accessed on"):
 *   stored as UTC midnight, a day with no time of day. They are never shifted
 *   into a zone (a 1 March article would read "28 Feb" in New York): formatCalendarDay.
 */
import { UTC } from "@/lib/time/time-zone";

export type TimeStyle = "day" | "dayTime" | "dayTimeSeconds" | "longDay" | "longDayTime" | "monthYear";

const STYLES: Record<TimeStyle, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: "medium" },
  dayTime: { dateStyle: "medium", timeStyle: "short" },
  dayTimeSeconds: { dateStyle: "medium", timeStyle: "medium" },
  longDay: { dateStyle: "long" },
  longDayTime: { dateStyle: "long", timeStyle: "short" },
  monthYear: { month: "long", year: "numeric" },
};

// English reads the British way across the app (day month year, 24-hour clock); other languages in their own way
const INTL_LOCALES: Record<string, string> = { en: "en-GB", uk: "uk-UA" };

/** The Intl locale that writes dates for an interface language ("en" → "en-GB"). */
export function intlLocale(locale: string = "en"): string {
  return INTL_LOCALES[locale] ?? locale;
}

// Building a DateTimeFormat costs far more than using one: keep one per style and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATTERS = 2000;

function formatter(style: TimeStyle | "offset", timeZone: string, locale = "en"): Intl.DateTimeFormat {
  const key = `${style} ${timeZone} ${locale}`;
  let found = formatters.get(key);
  if (!found) {
    // zone names are validated, but their spelling is case-insensitive (cookie input): keep the cache bounded
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    const options = style === "offset" ? { timeZoneName: "longOffset" as const } : STYLES[style];
    found = new Intl.DateTimeFormat(intlLocale(locale), { ...options, timeZone });
    formatters.set(key, found);
  }
  return found;
}

/**
 * An instant in a zone, in the viewer's language (`locale`, from next-intl; English by default),
 * e.g. formatTime(d, "Europe/Kyiv", "dayTime") → "6 Dec 2026, 22:32"; with "uk" → "6 груд. 2026 р., 22:32".
 */
export function formatTime(date: Date, timeZone: string, style: TimeStyle, locale?: string): string {
  return formatter(style, timeZone, locale).format(date);
}

export const formatDay = (date: Date, timeZone: string, locale?: string) => formatTime(date, timeZone, "day", locale);
export const formatDayTime = (date: Date, timeZone: string, locale?: string) =>
  formatTime(date, timeZone, "dayTime", locale);

/** A calendar day (stored as UTC midnight): the same day in every zone, e.g. "1 Mar 2026". */
export function formatCalendarDay(date: Date, style: "day" | "longDay" = "day", locale?: string): string {
  return formatTime(date, UTC, style, locale);
}

/** A calendar day as ISO 8601, YYYY-MM-DD (form fields, exports). */
export function isoCalendarDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** An instant as ISO 8601 in UTC to the second, for text people may also read: "2026-11-20T10:00:00Z". */
export function isoInstant(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The zone's offset from UTC at that instant: "UTC+02:00", "UTC-04:00", "UTC+05:30"; "UTC" for UTC itself. */
export function formatOffset(timeZone: string, at: Date = new Date()): string {
  const name =
    formatter("offset", timeZone)
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  // zero offset: "GMT" or "GMT+00:00" depending on the ICU version
  return /^GMT([+-]00:00)?$/.test(name) ? UTC : name.replace("GMT", "UTC");
}

/** A zone with its offset at that instant, for labels and tooltips: "Europe/Kyiv (UTC+02:00)"; just "UTC" for UTC. Names and offsets read the same in every language. */
export function describeTimeZone(timeZone: string, at: Date = new Date()): string {
  const offset = formatOffset(timeZone, at);
  return timeZone === UTC ? UTC : `${timeZone} (${offset})`;
}
