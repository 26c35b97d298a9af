/**
 * The report as Markdown, streamed claim by claim. All user text goes through
 * markdown-escape.ts; only the structure around it is Markdown.
 */
import type { ReportEntry, ReportMeta, ReportRelation, ReportVerdict } from "@/lib/exports/report-model";
import { escapeMarkdownBlock, escapeMarkdownInline, markdownLink, safeAnchorId } from "./markdown-escape";
import {
  DRAFT_MARK,
  SUPERSEDED_NOTE,
  belongsInReport,
  claimantLine,
  formatDay,
  formatDayTime,
  relationDetails,
  relationLabel,
  splitRelations,
} from "./report-text";
import { isoInstant } from "@/lib/time/format-time";

export async function* streamMarkdownReport(
  meta: ReportMeta,
  entries: AsyncIterable<ReportEntry>,
): AsyncGenerator<string> {
  yield header(meta);
  let count = 0;
  for await (const entry of entries) {
    if (!belongsInReport(meta, entry)) continue;
    yield claimSection(meta, entry);
    count++;
  }
  if (count === 0) yield "_No claims in this report._\n";
}

/** "20 November 2026 at 10:00 UTC (2026-11-20T10:00:00Z)": read by people, and by tools that take the ISO 8601 value */
function instant(date: Date): string {
  return `${formatDayTime(date)} (${isoInstant(date)})`;
}

function header(meta: ReportMeta): string {
  const lines = [
    `# ${escapeMarkdownInline(meta.title)}`,
    "",
    `- **Scope:** ${escapeMarkdownInline(meta.scopeDescription)}`,
    `- **Organisation:** ${markdownLink(meta.organisation.name, meta.organisation.url)}`,
    `- **Generated:** ${instant(meta.generatedAt)}`,
    `- **Published:** ${meta.publishedAt ? instant(meta.publishedAt) : "not published"}`,
    `- **Report page:** ${markdownLink(meta.url, meta.url)}`,
    "",
  ];
  if (meta.internal) {
    lines.push(
      `> **Internal report.** It may include verdicts that are not approved; each is marked “${DRAFT_MARK}”.`,
      "",
    );
  }
  if (meta.corrections.length > 0) {
    lines.push("## Corrections", "");
    for (const c of meta.corrections) lines.push(`- **${formatDay(c.date)}:** ${escapeMarkdownInline(c.note)}`);
    lines.push("");
  }
  lines.push("## Claims", "");
  return lines.join("\n") + "\n";
}

function claimSection(meta: ReportMeta, entry: ReportEntry): string {
  const { supersededBy, others } = splitRelations(entry);
  const lines = [
    `### <a id="${safeAnchorId(entry.claim.anchor)}"></a>${escapeMarkdownInline(entry.claim.statement)}`,
    "",
  ];
  // ahead of the rating: the rated figure is no longer the latest
  for (const r of supersededBy) lines.push(`> **${relationLabel(r)}:** ${relationBody(r)} — ${SUPERSEDED_NOTE}.`, "");
  lines.push(
    `- **Claimant:** ${escapeMarkdownInline(claimantLine(entry))}`,
    `- **Rating:** ${ratingText(meta, entry.verdict)}`,
  );
  const verdict = entry.verdict;
  if (verdict?.approved && verdict.approvedByName)
    lines.push(`- **Reviewed by:** ${escapeMarkdownInline(verdict.approvedByName)}`);
  for (const r of others) lines.push(`- **${relationLabel(r)}:** ${relationBody(r)}`);
  lines.push("");
  if (verdict?.summary.trim()) lines.push(escapeMarkdownBlock(verdict.summary), "");
  if (verdict && verdict.evidence.length > 0) {
    lines.push("**Evidence**", "");
    for (const e of verdict.evidence)
      lines.push(`- ${markdownLink(e.title || e.url, e.url)}${e.quote ? `: “${escapeMarkdownInline(e.quote)}”` : ""}`);
    lines.push("");
  }
  if (entry.appearances.length > 0) {
    lines.push("**Appearances**", "");
    for (const a of entry.appearances) {
      const where = [a.outlet, a.articlePublishedAt ? formatDay(a.articlePublishedAt) : null]
        .filter(Boolean)
        .join(", ");
      lines.push(
        `- ${markdownLink(a.articleTitle, a.articleUrl)}${where ? ` (${escapeMarkdownInline(where)})` : ""}: “${escapeMarkdownInline(a.quote)}”`,
      );
      // nested under its appearance, so the passage is never listed without it
      if (a.difference) lines.push(`  - **Differs from the claim:** ${escapeMarkdownInline(a.difference)}`);
    }
    lines.push("");
  }
  return lines.join("\n") + "\n";
}

/** The other claim, quoted, linked to its section when it is in this report, then its details. */
function relationBody(r: ReportRelation): string {
  const quoted = `“${escapeMarkdownInline(r.other.statement)}”`;
  const anchor = r.other.anchor ? safeAnchorId(r.other.anchor) : "";
  const details = relationDetails(r);
  return `${anchor ? `[${quoted}](#${anchor})` : quoted}${details ? ` ${escapeMarkdownInline(details)}` : ""}`;
}

function ratingText(meta: ReportMeta, verdict: ReportVerdict | null): string {
  if (!verdict) return "_no verdict yet_";
  const scale =
    verdict.ratingOrdinal === null
      ? ""
      : ` (${verdict.ratingOrdinal} on a scale of ${meta.ratingScale.worstRating}–${meta.ratingScale.bestRating})`;
  const rating = `${escapeMarkdownInline(verdict.ratingLabel)}${scale}`;
  return verdict.approved ? rating : `${rating} **${DRAFT_MARK}** (${verdict.status.toLowerCase().replace(/_/g, " ")})`;
}
