import type { Locale } from "@/lib/i18n/locales";

const UKRAINIAN_UTC = new Intl.DateTimeFormat("uk", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/**
 * A moment as mails name it (a link's expiry): in UTC, since a mail may be read
 * anywhere. English keeps the RFC 7231 form it always had ("Mon, 07 Dec 2026 09:00:00 GMT").
 */
export function mailTime(locale: Locale, moment: Date): string {
  return locale === "uk" ? `${UKRAINIAN_UTC.format(moment)} (UTC)` : moment.toUTCString(); // i18n-exempt: a time zone's name
}
