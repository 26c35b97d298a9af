/**
 * Small text decisions shared by the human-readable exports (Markdown, CSV,
 * PDF), so every format says the same thing about the same entry.
 */
import type { ReportEntry, ReportMeta } from "@/lib/reports/report-model";

// Reports are read far from the newsroom: dates are UTC and say so, never the server's zone.
const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });
const DAY_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** "3 November 2026" */
export function formatDay(date: Date): string {
  return DAY.format(date);
}

/** "3 November 2026 at 14:05 UTC" */
export function formatDayTime(date: Date): string {
  return `${DAY_TIME.format(date)} UTC`;
}

/** "2026-11-03": the calendar day in UTC, for machine-readable columns. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Security choke point: a published report carries approved verdicts only.
 * lib/reports selects accordingly; the exporters check again so that a
 * scoping mistake upstream cannot leak a draft into a public file.
 */
export function belongsInReport(meta: ReportMeta, entry: ReportEntry): boolean {
  return meta.internal || entry.verdict?.approved === true;
}

/** The rating as a reader should see it, with unapproved verdicts marked as such. */
export function ratingLine(entry: ReportEntry): string {
  const verdict = entry.verdict;
  if (!verdict) return "No verdict yet";
  if (verdict.approved) return verdict.ratingLabel;
  return `${verdict.ratingLabel} (${DRAFT_MARK}, status ${verdict.status.toLowerCase().replace(/_/g, " ")})`;
}

export const DRAFT_MARK = "DRAFT — not approved";

/**
 * The URL as a link target, or null for anything but absolute http(s) URLs:
 * a stored "javascript:" or "data:" URL must never become clickable in a report.
 */
export function safeLinkUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** The claimant and claim date as one line: "Jane Doe, 3 November 2026". */
export function claimantLine(entry: ReportEntry): string {
  const who = entry.claim.claimant?.trim() || "Unknown claimant";
  return entry.claim.claimDate ? `${who}, ${formatDay(entry.claim.claimDate)}` : who;
}
