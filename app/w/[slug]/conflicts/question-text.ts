import { getLocale, getTranslations } from "next-intl/server";
import { viewerQuestion, type ConflictQuestionParams } from "@/lib/conflicts/conflict-question";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/** Words conflicts' questions in the request's language (the stored English for conflicts without params). */
export async function questionWording(): Promise<
  (conflict: { question: string; questionParams: ConflictQuestionParams | null }) => string
> {
  const [t, locale] = await Promise.all([getTranslations("conflicts"), getLocale()]);
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return (conflict) => viewerQuestion(conflict, (key, values) => t(key, values), language);
}
