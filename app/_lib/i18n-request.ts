import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { cache } from "react";
import { getSessionUser } from "@/lib/auth/session";
import { MESSAGES } from "@/lib/i18n/catalogue";
import { LOCALE_COOKIE, pickLocale, type Locale } from "@/lib/i18n/locales";
import { viewerTimeZone } from "./viewer-time-zone";

/**
 * The language this request's viewer reads the interface in: their setting,
 * else the `locale` cookie (a signed-out visitor's choice), else the
 * browser's Accept-Language, else English. One lookup per request.
 */
export const viewerLocale = cache(async (): Promise<Locale> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  // a display preference must never break a page: without the session (database away) the cookie and the browser still work
  const user = await getSessionUser().catch(() => null);
  return pickLocale([user?.locale, cookieStore.get(LOCALE_COOKIE)?.value], headerList.get("accept-language"));
});

/** What the language comes to without a personal choice: the cookie, else the browser's Accept-Language. */
export async function browserLocale(): Promise<Locale> {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return pickLocale([cookieStore.get(LOCALE_COOKIE)?.value], headerList.get("accept-language"));
}

/**
 * next-intl's configuration for every server render, server action and route
 * handler (next.config.js points its plugin here). Times format in the
 * viewer's zone, as lib/time does.
 */
export default getRequestConfig(async () => {
  const [locale, timeZone] = await Promise.all([viewerLocale(), viewerTimeZone()]);
  return {
    locale,
    messages: MESSAGES[locale],
    timeZone,
    // a missing message shows its key and is logged (catalogue.test.ts keeps the languages complete); it never breaks a page
    onError(error) {
      if (error.code !== "MISSING_MESSAGE") console.error("[factdesk] i18n", error.message);
      else console.warn("[factdesk] i18n", error.message);
    },
    getMessageFallback: ({ namespace, key }) => [namespace, key].filter(Boolean).join("."),
  };
});
