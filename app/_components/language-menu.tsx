"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";
import { chooseLocaleAction } from "./language-actions";

/**
 * The language switch for visitors who are not signed in: one button per
 * language, each named in its own language (and marked with its `lang`), the
 * current one pressed. Works without JavaScript (a plain form post).
 */
export function LanguageMenu() {
  const t = useTranslations("language");
  const current = useLocale();
  const [, action, pending] = useActionState(chooseLocaleAction, null);
  return (
    <form action={action} className="language-menu" aria-label={t("menuLabel")}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          disabled={pending}
        >
          {LOCALE_NAMES[locale]}
        </button>
      ))}
    </form>
  );
}
