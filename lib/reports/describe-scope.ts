import type { ReportRecord } from "@/lib/reports/scope";
import { formatCalendarDay } from "@/lib/time/format-time";

/** Names of what the scope points at, loaded by the caller. */
export interface ScopeNames {
  articleTitle?: string | null;
  conflictQuestion?: string | null;
}

/** Pure: a reader's description of what a report covers, e.g. "Article: Flooding in …" or "Workspace: verdicts approved 1 Nov 2026 – 30 Nov 2026". */
export function describeScope(report: Pick<ReportRecord, "scope" | "claimIds" | "fromDate" | "toDate">, names: ScopeNames): string {
  switch (report.scope) {
    case "ARTICLE":
      return `Article: ${names.articleTitle ?? "(deleted article)"}`;
    case "CLAIMS":
      return `${report.claimIds.length} selected claim${report.claimIds.length === 1 ? "" : "s"}`;
    case "CONFLICT":
      return `Conflict: ${names.conflictQuestion ?? "(conflict)"}`;
    case "WORKSPACE":
      return `Workspace: verdicts approved ${describeRange(report.fromDate, report.toDate)}`;
  }
}

/** [from, to) as a reader says it: an end at midnight UTC is shown as the day before ("1–30 Nov", not "1 Nov – 1 Dec"). */
export function describeRange(from: Date | null, to: Date | null): string {
  if (!from || !to) return "(no range)";
  const midnight = (d: Date) => d.getTime() % 86_400_000 === 0;
  const lastDay = midnight(to) ? new Date(to.getTime() - 86_400_000) : to;
  if (midnight(from) && midnight(to)) return lastDay.getTime() === from.getTime() ? `on ${formatCalendarDay(from)}` : `${formatCalendarDay(from)} – ${formatCalendarDay(lastDay)}`;
  return `${from.toISOString()} – ${to.toISOString()} (end not included)`;
}
