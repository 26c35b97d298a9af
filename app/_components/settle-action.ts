import type { ActionResult } from "@/lib/http/action-result";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import ukServer from "@/lib/i18n/messages/uk/server.json" with { type: "json" };

/** The English text, as lib/'s texts are: the key into the server catalogue (test/i18n/server-texts.test.ts checks it is there). */
export const UNREACHABLE_MESSAGE =
  "Factdesk could not be reached, so nothing was saved. What you typed is still here: try again in a moment."; // i18n-exempt: the English source of a server catalogue text

// the server cannot translate an answer it never sent: the browser picks the page's language here
const UNREACHABLE_IN: Record<Locale, string> = { en: UNREACHABLE_MESSAGE, uk: ukServer.factdeskCouldNotBeReachedSo };

/** The page's language, as the root layout writes it on <html lang>. */
function pageLocale(): Locale {
  const lang = typeof document === "undefined" ? undefined : document.documentElement.lang;
  return isLocale(lang) ? lang : DEFAULT_LOCALE;
}

/**
 * A server action called from the browser, as a result that never throws: when
 * the request itself fails (no network, the server down or refusing the body),
 * the form gets an error to show next to what the person typed, in the page's
 * language, instead of the page being replaced by an error screen and the typing lost.
 */
export async function settle<T>(pending: Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await pending;
  } catch {
    return { ok: false, status: 0, error: UNREACHABLE_IN[pageLocale()], fieldErrors: {} };
  }
}
