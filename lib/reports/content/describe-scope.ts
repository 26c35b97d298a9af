import type { ReportRecord } from "@/lib/reports/scope";
import type { ReportScopeSummary } from "@/lib/exports/report-model";
import { viewerQuestion, type ConflictQuestionParams, type QuestionFormat } from "@/lib/conflicts/conflict-question";
import { translatorFor } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { formatCalendarDay } from "@/lib/time/format-time";

/** Names of what the scope points at, loaded by the caller. */
export interface ScopeNames {
  articleTitle?: string | null;
  conflictQuestion?: string | null;
  conflictQuestionParams?: ConflictQuestionParams | null;
  /** a verdict disagreement in published output: its question names unapproved ratings, so it is said neutrally */
  ratingsWithheld?: boolean;
}

/** Pure: what a report covers, as data (the report page words it in the reader's language). */
export function summarizeScope(
  report: Pick<ReportRecord, "scope" | "claimIds" | "fromDate" | "toDate">,
  names: ScopeNames,
): ReportScopeSummary {
  switch (report.scope) {
    case "ARTICLE":
      return { kind: "ARTICLE", articleTitle: names.articleTitle ?? null };
    case "CLAIMS":
      return { kind: "CLAIMS", claimCount: report.claimIds.length };
    case "CONFLICT":
      if (names.ratingsWithheld)
        return { kind: "CONFLICT", question: null, questionParams: null, ratingsWithheld: true };
      return {
        kind: "CONFLICT",
        question: names.conflictQuestion ?? null,
        questionParams: names.conflictQuestionParams ?? null,
        ratingsWithheld: false,
      };
    case "WORKSPACE":
      return { kind: "WORKSPACE", from: report.fromDate, to: report.toDate };
  }
}

/** Pure: a reader's description of what a report covers, in English (exports), e.g. "Article: Flooding in …" or "Workspace: verdicts approved 1 Nov 2026 – 30 Nov 2026". */
export function describeScope(
  report: Pick<ReportRecord, "scope" | "claimIds" | "fromDate" | "toDate">,
  names: ScopeNames,
): string {
  return describeScopeSummary(summarizeScope(report, names));
}

const englishScope = translatorFor("en", "common");
const englishQuestions = translatorFor("en", "conflicts");

/** Pure: the English description (ReportMeta.scopeDescription), worded by the same code as the report page's. */
export function describeScopeSummary(scope: ReportScopeSummary): string {
  return wordScope(
    scope,
    (key, values) => englishScope(`report.scope.${key}`, values),
    (key, values) => englishQuestions(key, values),
    "en",
  );
}

type ScopeMessageKey =
  | "article"
  | "deletedArticle"
  | "claims"
  | "conflict"
  | "unknownConflict"
  | "withheldConflict"
  | "workspaceDays"
  | "workspaceDay"
  | "workspaceInstants"
  | "workspaceNoRange";
/** A `common.report.scope` translator: pass `(key, values) => t(key, values)`. */
export type ScopeFormat = (key: ScopeMessageKey, values?: Record<string, string | number>) => string;

/** Pure: what a report covers, worded with the given messages; days written the locale's way, instants as ISO timestamps. */
export function wordScope(
  scope: ReportScopeSummary,
  format: ScopeFormat,
  questionFormat: QuestionFormat,
  locale: Locale,
): string {
  switch (scope.kind) {
    case "ARTICLE":
      return scope.articleTitle === null ? format("deletedArticle") : format("article", { title: scope.articleTitle });
    case "CLAIMS":
      return format("claims", { count: scope.claimCount });
    case "CONFLICT":
      if (scope.ratingsWithheld) return format("withheldConflict");
      if (scope.question === null) return format("unknownConflict");
      return format("conflict", {
        question: viewerQuestion(
          { question: scope.question, questionParams: scope.questionParams },
          questionFormat,
          locale,
        ),
      });
    case "WORKSPACE": {
      const range = scopeRange(scope.from, scope.to);
      const day = (date: Date) => formatCalendarDay(date, "day", locale);
      if (!range) return format("workspaceNoRange");
      if (range.type === "day") return format("workspaceDay", { day: day(range.day) });
      if (range.type === "days") return format("workspaceDays", { from: day(range.from), to: day(range.lastDay) });
      return format("workspaceInstants", { from: range.from.toISOString(), to: range.to.toISOString() });
    }
  }
}

/** How a [from, to) range reads: whole days (one or several), or instants. */
export type ScopeRange =
  { type: "day"; day: Date } | { type: "days"; from: Date; lastDay: Date } | { type: "instants"; from: Date; to: Date };

/** Pure: an end at midnight UTC is shown as the day before ("1–30 Nov", not "1 Nov – 1 Dec"); null without a range. */
export function scopeRange(from: Date | null, to: Date | null): ScopeRange | null {
  if (!from || !to) return null;
  const midnight = (d: Date) => d.getTime() % 86_400_000 === 0;
  if (!midnight(from) || !midnight(to)) return { type: "instants", from, to };
  const lastDay = new Date(to.getTime() - 86_400_000);
  return lastDay.getTime() === from.getTime() ? { type: "day", day: from } : { type: "days", from, lastDay };
}
