/**
 * Small text decisions shared by the human-readable exports (Markdown, CSV,
 * PDF) and the report page, so every format says the same thing about the
 * same entry.
 */
import type { ReportEntry, ReportMeta, ReportRelation } from "@/lib/exports/report-model";
import { formatTime, isoCalendarDay } from "@/lib/time/format-time";
import { UTC } from "@/lib/time/time-zone";

// Reports are read far from the newsroom: dates are UTC and say so, never the server's or a reader's zone.

/** "3 November 2026": a calendar day, or the UTC day of an instant */
export function formatDay(date: Date): string {
  return formatTime(date, UTC, "longDay");
}

/** "3 November 2026 at 14:05 UTC" */
export function formatDayTime(date: Date): string {
  return `${formatTime(date, UTC, "longDayTime")} UTC`;
}

/** "2026-11-03": the calendar day in UTC, for machine-readable columns. */
export const isoDay = isoCalendarDay;

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

type RelationSide = Pick<ReportRelation, "kind" | "direction">;

const OUTGOING: Record<ReportRelation["kind"], string> = {
  MISQUOTES: "Misquotes",
  CONTRADICTS: "Contradicts",
  UPDATES: "Updates (supersedes)",
  TRANSLATION_OF: "Translation of",
};
const INCOMING: Record<ReportRelation["kind"], string> = {
  MISQUOTES: "Misquoted by",
  CONTRADICTS: "Contradicted by",
  UPDATES: "Superseded by",
  TRANSLATION_OF: "Translated as",
};

/** The relation from the entry's side, the words before the other claim: "Misquotes", "Superseded by". */
export function relationLabel(relation: RelationSide): string {
  return (relation.direction === "outgoing" ? OUTGOING : INCOMING)[relation.kind];
}

/** An incoming UPDATES: a later figure replaces this claim's. Every format shows it ahead of the verdict. */
export function isSupersededBy(relation: RelationSide): boolean {
  return relation.kind === "UPDATES" && relation.direction === "incoming";
}

export const SUPERSEDED_NOTE = "a later figure replaces this one";

/**
 * What follows the other claim's quoted statement: its claimant, the language
 * and original wording of a translation, the editor's note. No semicolons of
 * our own, so the CSV column can list relations separated by "; ".
 * ` (Jane Doe) (language de, original wording: “…”) (editor's note: …)`
 */
export function relationDetails(relation: ReportRelation): string {
  const claimant = relation.other.claimant?.trim();
  const translation =
    relation.kind === "TRANSLATION_OF"
      ? [
          relation.language && `language ${relation.language}`,
          relation.originalWording && `original wording: “${relation.originalWording}”`,
        ]
          .filter(Boolean)
          .join(", ")
      : "";
  const note = relation.note?.trim();
  return `${claimant ? ` (${claimant})` : ""}${translation ? ` (${translation})` : ""}${note ? ` (editor's note: ${note})` : ""}`;
}

/** The relation as one line of plain text: `Misquotes: “…” (Jane Doe) (editor's note: …)`. */
export function relationText(relation: ReportRelation): string {
  return `${relationLabel(relation)}: “${relation.other.statement}”${relationDetails(relation)}`;
}

/** The entry's relations with the superseding ones split out, for formats that show those first. */
export function splitRelations(entry: ReportEntry): { supersededBy: ReportRelation[]; others: ReportRelation[] } {
  return {
    supersededBy: entry.relations.filter(isSupersededBy),
    others: entry.relations.filter((r) => !isSupersededBy(r)),
  };
}
