import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { absoluteAppUrl } from "@/lib/mail/absolute-url";

/** The reset mail, in the account's language. An SSO-only account gets a normal link too: setting a password adds a second way in, which the mail says. */
export function passwordResetMail(
  locale: Locale,
  input: { token: string; hasPassword: boolean },
): { subject: string; text: string } {
  const t = translatorFor(locale, "mail");
  const lines = [
    t("passwordReset.intro"),
    "",
    t("passwordReset.choose"),
    absoluteAppUrl(`/reset-password/${input.token}`),
    "",
    input.hasPassword ? t("passwordReset.signsOut") : t("passwordReset.singleSignOnOnly"),
    "",
    t("passwordReset.notYou"),
  ];
  return { subject: t("passwordReset.subject"), text: lines.join("\n") };
}
