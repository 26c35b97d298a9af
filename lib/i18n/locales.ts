import Negotiator from "negotiator";

/**
 * The interface languages (lib/i18n/messages/<locale>/). A person's choice
 * (User.locale) wins; without one, the `locale` cookie (set by the language
 * menu on the sign-in page), then the browser's Accept-Language, then English.
 * Pure: no Next.js here (app/_lib/i18n-request.ts reads the request).
 */
export const LOCALES = ["en", "uk"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that carries a signed-out visitor's choice. */
export const LOCALE_COOKIE = "locale";

/** Each language named in itself, as language menus show them. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", uk: "Українська" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The language to show: the first valid choice, else the best match for Accept-Language, else English. */
export function pickLocale(chosen: (string | null | undefined)[], acceptLanguage: string | null | undefined): Locale {
  const valid = chosen.find(isLocale);
  if (valid) return valid;
  if (!acceptLanguage) return DEFAULT_LOCALE;
  // Negotiator matches "uk-UA" to "uk" and honours q-values; it returns undefined when nothing matches
  const negotiated = new Negotiator({ headers: { "accept-language": acceptLanguage } }).language([...LOCALES]);
  return isLocale(negotiated) ? negotiated : DEFAULT_LOCALE;
}
