"use client";

import { NextIntlClientProvider, useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { useRequestId } from "@/app/_components/use-request-id";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import en from "@/lib/i18n/messages/en/errorPages.json";
import uk from "@/lib/i18n/messages/uk/errorPages.json";

const MESSAGES: Record<Locale, { errorPages: typeof en }> = { en: { errorPages: en }, uk: { errorPages: uk } };

// The page's language as the root layout set it (<html lang>), read when this module loads with the app, before
// this page replaces <html> with its own; else the browser's languages. The server's render (if any) is English.
const layoutLocale = typeof document === "undefined" ? "" : document.documentElement.lang;
const noSubscription = () => () => {};
const readLocale = (): Locale =>
  [layoutLocale, ...navigator.languages].map((tag) => tag.slice(0, 2).toLowerCase()).find(isLocale) ?? DEFAULT_LOCALE;

/**
 * The root layout itself failed: a minimal page of its own (it replaces <html>), with the logged references.
 * The layout's message provider is gone with it, so this page brings its own (only its texts).
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = useSyncExternalStore(noSubscription, readLocale, () => DEFAULT_LOCALE);
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", margin: "3rem auto", maxWidth: "40rem", padding: "0 1rem" }}>
        <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
          <GlobalErrorMessage digest={error.digest} reset={reset} />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}

function GlobalErrorMessage({ digest, reset }: { digest?: string; reset: () => void }) {
  const t = useTranslations("errorPages.global");
  const requestId = useRequestId();
  return (
    <main role="alert">
      <h1>{t("heading")}</h1>
      <p>{t("body")}</p>
      {requestId && (
        <p>
          {t("reference")} <code>{requestId}</code>
        </p>
      )}
      {digest && (
        <p>
          {t("digest")} <code>{digest}</code>
        </p>
      )}
      <button type="button" onClick={reset}>
        {t("retry")}
      </button>
    </main>
  );
}
