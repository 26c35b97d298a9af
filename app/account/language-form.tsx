"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "@/app/_components/field";
import { FormOutcome } from "@/app/_components/form-outcome";
import { LOCALE_NAMES, LOCALES, type Locale } from "@/lib/i18n/locales";
import { updateLocaleAction } from "./actions";

/**
 * The language of the interface: "Automatic" (saved as no choice) follows the
 * browser's Accept-Language. `saved`: the person's choice, null when they have
 * not made one; `automatic`: what the browser's languages come to.
 */
export function LanguageForm({ saved, automatic }: { saved: Locale | null; automatic: Locale }) {
  const t = useTranslations("language");
  const [state, action, pending] = useActionState(updateLocaleAction, null);
  const errors = state && !state.ok ? state.fieldErrors.locale : undefined;
  return (
    <div>
      <h2 id="language-heading">{t("heading")}</h2>
      <p id="locale-hint">{t("hint")}</p>
      <FormOutcome state={state} />
      <form key={saved ?? ""} action={action} aria-labelledby="language-heading">
        <Field id="locale" label={t("label")} errors={errors}>
          <select
            id="locale"
            name="locale"
            defaultValue={saved ?? ""}
            aria-describedby={errors ? "locale-hint locale-error" : "locale-hint"}
            aria-invalid={errors ? true : undefined}
          >
            <option value="">{t("automatic", { language: LOCALE_NAMES[automatic] })}</option>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {LOCALE_NAMES[locale]}
              </option>
            ))}
          </select>
        </Field>
        <button className="button" type="submit" disabled={pending}>
          {t("save")}
        </button>
      </form>
    </div>
  );
}
