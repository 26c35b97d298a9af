import { readDb } from "@/lib/db/replica";
import { NotFoundError } from "@/lib/errors";
import { authorizeReportRead, isPublicAccess, type ReportReader } from "@/lib/reports/content/report-access";
import {
  claimIdsInReport,
  countEntries,
  cursorAfterClaim,
  loadEntryPage,
  type EntryCursor,
  type EntryRow,
} from "@/lib/reports/content/entry-page";
import type { ReportRecord } from "@/lib/reports/scope";
import type {
  AppearanceDifferenceDetail,
  ReportAppearance,
  ReportEntry,
  ReportRelation,
  ReportVerdict,
} from "@/lib/exports/report-model";
import { translatorFor } from "@/lib/i18n/translator";
import { findClaimRelations, type ClaimRelationDto } from "@/lib/claims/relations/find-claim-relations";
import { readChange, readDifferences } from "@/lib/claims/appearances/stored-appearance";

/**
 * Claims read per query: bounds memory (a page of entries is a few MB at
 * most) whatever the size of the workspace; each page query costs a scan of
 * the remaining claims' order, so fewer, larger pages are faster (bench/export.ts).
 */
export const REPORT_PAGE_SIZE = 1000;

export interface LoadEntriesOptions {
  /** internal output may show unapproved verdicts (marked approved = false) and claims without a verdict */
  internal: boolean;
  pageSize?: number;
  /** start after this claim (a cursor from an earlier page), for paged previews */
  after?: string;
}

/**
 * The entries of a report, one per claim in scope, in the order claims were
 * created, read page by page with a cursor: a whole-workspace export never
 * holds more than one page of rows. Same authorization as every report read
 * (authorizeReportRead, checked before the first query).
 *
 * The verdict of each entry: for published output the latest approved
 * verdict; for internal output the claim's most recently changed verdict that
 * is not rejected (approved or not). Appearances: live passages in live
 * articles, oldest article first, each with how it differs from the claim.
 * Relations: those of findClaimRelations (this workspace, none to a deleted
 * claim), linked by anchor when the other claim is an entry of the same output.
 */
export async function* loadReportEntries(
  reader: ReportReader,
  report: ReportRecord,
  options: LoadEntriesOptions,
): AsyncGenerator<ReportEntry> {
  authorizeReportRead(reader, report, options);
  const limit = options.pageSize ?? REPORT_PAGE_SIZE;
  const levels = await ratingLevels(report.workspaceId);
  const hideEmails = isPublicAccess(reader) || !options.internal;
  let cursor: EntryCursor | null = null;
  if (options.after !== undefined) {
    // a cursor from the URL must be a claim of this report, or it would position the page on someone else's row
    cursor = await cursorAfterClaim(report, options, options.after);
    if (!cursor) throw new NotFoundError("Claim");
  }
  // The next page is read while this one is being written out (two pages in memory at most).
  const fetchPage = (after: EntryCursor | null) =>
    loadEntryPage(report, { internal: options.internal, cursor: after, limit });
  let next: Promise<EntryRow[]> | null = fetchPage(cursor);
  try {
    while (next) {
      const rows: EntryRow[] = await next;
      const last = rows.at(-1);
      next = rows.length === limit && last ? fetchPage({ at: last.cursorAt, id: last.id }) : null;
      const [names, relations] = await Promise.all([personNames(rows, hideEmails), relationsOf(report, options, rows)]);
      for (const row of rows) yield toEntry(row, levels, names, relations.get(row.id) ?? []);
    }
  } finally {
    // a reader that stops early leaves a page in flight: let it settle quietly
    next?.catch(() => {});
  }
}

/** How many entries loadReportEntries will yield (for progress bars). */
export async function countReportEntries(
  reader: ReportReader,
  report: ReportRecord,
  options: { internal: boolean },
): Promise<number> {
  authorizeReportRead(reader, report, options);
  return countEntries(report, options);
}

function toEntry(
  row: EntryRow,
  levels: Map<string, Level>,
  names: Map<string, string>,
  relations: ReportRelation[],
): ReportEntry {
  return {
    claim: {
      id: row.id,
      statement: row.statement,
      claimant: row.claimant,
      claimDate: row.claimDate === null ? null : new Date(row.claimDate),
      shortStatement: row.shortStatement,
      firstAppearanceUrl: row.firstAppearanceUrl,
      anchor: claimAnchor(row.id),
    },
    appearances: row.appearances.map(toAppearance),
    verdict: row.verdict ? toVerdict(row.verdict, levels, names) : null,
    relations,
  };
}

function toAppearance(a: EntryRow["appearances"][number]): ReportAppearance {
  const { differences, differenceNote, change, articlePublishedAt, ...shown } = a;
  const differenceDetail = appearanceDifferenceDetail({ differences, differenceNote, change });
  return {
    ...shown,
    articlePublishedAt: articlePublishedAt === null ? null : new Date(articlePublishedAt),
    difference: differenceDetail && wordAppearanceDifference(differenceDetail, englishDifference),
    differenceDetail,
  };
}

/**
 * Pure: what a reader must know about a passage listed under a verdict, in
 * English (exports), or null when it states the claim as it is. Differences
 * come with the editor's note ("same claim despite the difference"); a change
 * by a later article version stays listed after a reviewer acknowledged it,
 * because it is part of the published record:
 * "Altered quote: “…” → “…” (editor's note: …); changed in version 2 of the article: …".
 */
export function describeAppearanceDifference(stored: {
  differences: unknown;
  differenceNote: string | null;
  change: unknown;
}): string | null {
  const detail = appearanceDifferenceDetail(stored);
  return detail && wordAppearanceDifference(detail, englishDifference);
}

/** Pure: the same as data (ReportAppearance.differenceDetail), or null. */
export function appearanceDifferenceDetail(stored: {
  differences: unknown;
  differenceNote: string | null;
  change: unknown;
}): AppearanceDifferenceDetail | null {
  const differences = readDifferences(stored.differences).map((d) =>
    d.kind === "ALTERED_QUOTE"
      ? { kind: d.kind, claim: d.claimQuote, passage: d.passageQuote }
      : { kind: d.kind, claim: d.claimFigure, passage: d.passageFigure },
  );
  const change = readChange(stored.change);
  if (differences.length === 0 && !change) return null;
  // propagateVersionChange stores the number of the version that made the change beside the summary
  const version = (change as { versionNumber?: unknown } | null)?.versionNumber;
  return {
    differences,
    // a note left from a difference that a later version removed says nothing on its own
    note: differences.length > 0 ? stored.differenceNote?.trim() || null : null,
    change: change && { summary: change.summary, versionNumber: typeof version === "number" ? version : null },
  };
}

type DifferenceMessageKey =
  AppearanceDifferenceDetail["differences"][number]["kind"] | "withNote" | "changedInVersion" | "changedInLaterVersion";
/** A `common.report.difference` translator: pass `(key, values) => t(key, values)`. */
export type DifferenceFormat = (key: DifferenceMessageKey, values: Record<string, string | number>) => string;

const english = translatorFor("en", "common");
const englishDifference: DifferenceFormat = (key, values) => english(`report.difference.${key}`, values);

/** Pure: the difference worded with the given messages, first letter capitalised. */
export function wordAppearanceDifference(detail: AppearanceDifferenceDetail, format: DifferenceFormat): string {
  const parts: string[] = [];
  if (detail.differences.length > 0) {
    const differences = detail.differences
      .map((d) => format(d.kind, { claim: d.claim, passage: d.passage }))
      .join("; ");
    parts.push(detail.note ? format("withNote", { differences, note: detail.note }) : differences);
  }
  if (detail.change) {
    const { summary, versionNumber } = detail.change;
    parts.push(
      versionNumber === null
        ? format("changedInLaterVersion", { summary })
        : format("changedInVersion", { version: versionNumber, summary }),
    );
  }
  return parts.join("; ").replace(/^./, (c) => c.toUpperCase());
}

/**
 * The relations of a page's claims, each with the other claim's anchor when
 * that claim is an entry of this report too (checked with the same scope and
 * the same internal/published choice, so a link never points at a claim the
 * output leaves out). findClaimRelations limits them to the report's workspace.
 */
async function relationsOf(
  report: ReportRecord,
  options: { internal: boolean },
  rows: EntryRow[],
): Promise<Map<string, ReportRelation[]>> {
  const found = await findClaimRelations(
    readDb,
    report.workspaceId,
    rows.map((r) => r.id),
  );
  const inReport = await claimIdsInReport(report, options, [
    ...new Set([...found.values()].flat().map((r) => r.other.id)),
  ]);
  const toRelation = ({
    kind,
    direction,
    other,
    note,
    language,
    originalWording,
  }: ClaimRelationDto): ReportRelation => ({
    kind,
    direction,
    other: {
      id: other.id,
      statement: other.statement,
      claimant: other.claimant,
      anchor: inReport.has(other.id) ? claimAnchor(other.id) : null,
    },
    note,
    language,
    originalWording,
  });
  return new Map([...found].map(([claimId, relations]) => [claimId, relations.map(toRelation)]));
}

/** Fragment id of a claim on the report page. */
export function claimAnchor(claimId: string): string {
  return `claim-${claimId}`;
}

type Level = { key: string; label: string; ordinal: number | null };

async function ratingLevels(workspaceId: string): Promise<Map<string, Level>> {
  const rows = await readDb.ratingLevel.findMany({
    where: { workspaceId },
    select: { id: true, key: true, label: true, ordinal: true },
  });
  return new Map(rows.map(({ id, ...level }) => [id, level]));
}

/** Names of the page's verdict authors and approvers. Published output never shows an email address. */
async function personNames(details: EntryRow[], hideEmails: boolean): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const { verdict } of details) {
    if (!verdict) continue;
    ids.add(verdict.authorId);
    verdict.approvals.forEach((a) => ids.add(a.reviewerId));
  }
  const users = await readDb.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((u) => [u.id, u.name ?? (hideEmails ? "Staff" : u.email)]));
}

function toVerdict(
  v: NonNullable<EntryRow["verdict"]>,
  levels: Map<string, Level>,
  names: Map<string, string>,
): ReportVerdict {
  const level = levels.get(v.ratingLevelId);
  const approved = v.status === "APPROVED";
  const approval = approved ? v.approvals.filter((a) => a.revisionId === v.revisionId).at(-1) : undefined;
  return {
    id: v.id,
    status: v.status,
    approved,
    ratingKey: level?.key ?? "",
    ratingLabel: level?.label ?? "Unknown rating",
    ratingOrdinal: level?.ordinal ?? null,
    summary: v.summary,
    evidence: v.evidence,
    authorName: names.get(v.authorId) ?? "Staff",
    approvedByName: approval ? (names.get(approval.reviewerId) ?? "Staff") : null,
    firstApprovedAt: v.approvals[0] ? new Date(v.approvals[0].createdAt) : null,
    modifiedAt: new Date(v.updatedAt),
  };
}
