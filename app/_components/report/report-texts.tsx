import { useLocale, useTranslations } from "next-intl";
import { wordScope } from "@/lib/reports/content/describe-scope";
import type { AppearanceDifferenceDetail, ReportScopeSummary } from "@/lib/exports/report-model";
import { wordAppearanceDifference } from "@/lib/reports/content/load-report-entries";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";

/** What a report covers, in the reader's language (exports keep the English ReportMeta.scopeDescription). */
export function ScopeText({ scope }: { scope: ReportScopeSummary }) {
  const t = useTranslations("common.report.scope");
  const questions = useTranslations("conflicts");
  const locale = useLocale();
  return wordScope(
    scope,
    (key, values) => t(key, values),
    (key, values) => questions(key, values),
    isLocale(locale) ? locale : DEFAULT_LOCALE,
  );
}

/** How an appearance differs from the claim, in the reader's language (exports keep the English ReportAppearance.difference). */
export function DifferenceText({ detail }: { detail: AppearanceDifferenceDetail }) {
  const t = useTranslations("common.report.difference");
  return wordAppearanceDifference(detail, (key, values) => t(key, values));
}
