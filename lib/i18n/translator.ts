import { createTranslator } from "use-intl/core";
import { MESSAGES, type Messages } from "@/lib/i18n/catalogue";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

export type Namespace = keyof Messages;

/**
 * Words text outside a request (emails, notifications), where next-intl's
 * request locale does not exist: the caller says whose language it is. A
 * message that cannot be formatted throws rather than mailing its key.
 */
export function translatorFor<N extends Namespace>(locale: Locale, namespace: N) {
  return createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace,
    onError: (error) => {
      throw error;
    },
  });
}

export type TranslatorFor<N extends Namespace> = ReturnType<typeof translatorFor<N>>;

/** The language to write to a person in: the one they chose (User.locale), else English — a mail has no browser to ask. */
export function recipientLocale(chosen: string | null | undefined): Locale {
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}
