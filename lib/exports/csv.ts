/**
 * The report as CSV (RFC 4180: CRLF between records, fields with a comma,
 * quote or line break quoted), one row per claim, streamed. csv-stringify
 * writes each row; neutralizeFormula guards every text cell. Columns added
 * later go at the end, so spreadsheets built on the older order keep working.
 */
import { stringify } from "csv-stringify/sync";
import type { ReportEntry, ReportMeta } from "@/lib/exports/report-model";
import { belongsInReport, isoDay, relationText, splitRelations } from "./report-text";

const COLUMNS = [
  "claim_id",
  "statement",
  "claimant",
  "claim_date",
  "rating",
  "rating_value",
  "verdict_status",
  "approved",
  "summary",
  "evidence_urls",
  "appearance_urls",
  "first_appearance_url",
  "first_approved_at",
  "verdict_modified_at",
  "reviewer",
  "relations",
  "appearance_differences",
] as const;

// csv-stringify only quotes separators and quotes by default; RFC 4180 wants
// fields with line breaks quoted too, and a bare LF would split the row.
const CSV_OPTIONS = { record_delimiter: "windows", quoted_match: /[\r\n]/ } as const;

/** Cells starting with these are run as formulas by Excel, LibreOffice or Sheets (OWASP CSV Injection; NUL per ASVS 5). */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/**
 * Security choke point against formula injection: a cell that a spreadsheet
 * would evaluate ("=HYPERLINK(…)", "@SUM(…)", "-1+cmd|…") gets a leading
 * single quote, which spreadsheets read as "this is text".
 */
export function neutralizeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * @param options.bom start with U+FEFF so that Excel opens the UTF-8 file as
 *   UTF-8 (without it, accented and non-Latin text turns to mojibake)
 */
export async function* streamCsvReport(
  meta: ReportMeta,
  entries: AsyncIterable<ReportEntry>,
  options: { bom: boolean },
): AsyncGenerator<string> {
  yield (options.bom ? "\uFEFF" : "") + csvRow([...COLUMNS]);
  for await (const entry of entries) {
    if (belongsInReport(meta, entry)) yield csvRow(rowOf(entry));
  }
}

function rowOf(entry: ReportEntry): (string | number)[] {
  const { claim, verdict, appearances } = entry;
  const { supersededBy, others } = splitRelations(entry);
  const urls = [...new Set(appearances.map((a) => a.articleUrl).filter((url): url is string => Boolean(url)))];
  return [
    claim.id,
    claim.statement,
    claim.claimant ?? "",
    claim.claimDate ? isoDay(claim.claimDate) : "",
    verdict?.ratingLabel ?? "",
    verdict?.ratingOrdinal ?? "",
    verdict?.status ?? "",
    verdict ? (verdict.approved ? "yes" : "no") : "",
    verdict?.summary ?? "",
    (verdict?.evidence ?? []).map((e) => e.url).join("\n"),
    urls.join("\n"),
    urls[0] ?? "",
    verdict?.firstApprovedAt?.toISOString() ?? "",
    verdict?.modifiedAt.toISOString() ?? "",
    verdict?.approvedByName ?? "",
    // superseding relations first: the one a spreadsheet reader must not miss
    [...supersededBy, ...others].map(relationText).join("; "),
    appearances.flatMap((a) => (a.difference ? [`${a.articleUrl ?? a.articleTitle}: ${a.difference}`] : [])).join("\n"),
  ];
}

function csvRow(cells: (string | number)[]): string {
  return stringify([cells.map((cell) => (typeof cell === "string" ? neutralizeFormula(cell) : cell))], CSV_OPTIONS);
}
