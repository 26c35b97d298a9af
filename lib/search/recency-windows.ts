import { readDb } from "@/lib/db/replica";
import { Prisma } from "@/lib/generated/prisma/client";
import { RANK_WINDOW } from "@/lib/search/search-sql";
import { queryShare, type TermStatistics } from "@/lib/search/vector-statistics";

/**
 * Recency windows: a common word or phrase matches thousands of a large
 * workspace's notes or claims, and sorting them by date reads every one of
 * them. The matches are looked up in windows of the newest days instead,
 * which one scan of a GIN index over (workspace and day, searchVector)
 * intersects with the query's words. A window holding more than RANK_WINDOW
 * matches holds the newest RANK_WINDOW + 1: every newer match is inside it.
 * The first window is sized from how many rows hold the query's words
 * (ANALYZE's statistics of the vectors: vector-statistics.ts) and the pace of the workspace's newest SAMPLE_ROWS
 * rows: wide enough to hold the matches needed, with HEADROOM. A query too
 * rare to fill a window skips the windows (its matches are few: the GIN index
 * reads them all at once); one whose words have no statistics starts with the
 * days of the newest SAMPLE_ROWS rows. A window short of matches gives the
 * query's pace, and the next window is wide enough for that pace to fill it.
 * A window that would span half of the workspace's time is not worth it: the
 * last query has no bound, so the results are always the unbounded ones.
 */

/** the rows whose pace sizes the first window (and whose days are the first window when the words have no statistics) */
const SAMPLE_ROWS = 4_000;
/** a workspace with fewer rows (estimated) is searched without windows: all its matches are few */
const MIN_ROWS = 40_000;
/** windows looked up before the unbounded query */
const MAX_WINDOWS = 3;
/** a window aims at this many times the matches it needs */
const HEADROOM = 1.5;
const DAY_MS = 86_400_000;
const DAY_ZERO = Date.UTC(2000, 0, 1);

/** The tables searched in windows; each has the GIN index over dayKey(alias) and "searchVector". */
export type WindowedTable = "Annotation" | "Claim";

/**
 * The day key of a table's GIN index (migrations …_annotation_search_by_day,
 * …_claim_search_by_day), spelt exactly as the index is: the planner matches
 * the expression, not its meaning.
 */
function dayKey(alias: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(ARRAY[${alias}."workspaceId" || '/' || ((${alias}."createdAt"::date - DATE '2000-01-01')::text)])`;
}

/** The days a window covers: from the start of `since`'s day to the day after `until`. */
export interface DayWindow {
  since: Date;
  until: Date;
}

/** `dayKey(alias)` is one of the window's days, for a query's WHERE. */
export function inWindow(alias: Prisma.Sql, workspaceId: string, window: DayWindow): Prisma.Sql {
  return Prisma.sql`${dayKey(alias)} && ${dayKeys(workspaceId, window)}::text[]`;
}

/** What the windows of one search are for. */
export interface WindowedSearch {
  table: WindowedTable;
  workspaceId: string;
  /** the query, whose words' share of the rows sizes the first window */
  q: Prisma.Sql;
  /** of the table's vectors (vector-statistics.ts's termStatistics; tests pass their own) */
  statistics: TermStatistics;
  /** a date filter on the rows' creation, which bounds the windows too */
  clip: { from?: Date; to?: Date };
}

/**
 * The matches newest first (at most RANK_WINDOW + 1), found by `find` in
 * windows of days and, last, unbounded (window null), with the first day of
 * the window they were found in (null: every match was looked at). `find`
 * returns the newest RANK_WINDOW + 1 matches of its window.
 */
export async function newestInWindows<M>(
  search: WindowedSearch,
  find: (window: DayWindow | null) => Promise<M[]>,
): Promise<{ matches: M[]; since: Date | null }> {
  const { span, since: first } = await firstWindow(search);
  let since = first;
  for (let windows = 1; ; windows++) {
    const found = await find(since && { since, until: span.newest });
    if (since === null || found.length > RANK_WINDOW) return { matches: found, since };
    since = windows < MAX_WINDOWS ? widerBound(span, since, found.length) : null;
  }
}

/**
 * The newest RANK_WINDOW + 1 rows of `matching` (a SELECT of rows aliased
 * `alias`, with their "createdAt"), newest first, as a subquery aliased
 * `alias`. Within a window every match is read through the GIN index, day and
 * words in one scan, and then sorted (the materialized CTE): left to itself,
 * the planner may walk the ("workspaceId", "createdAt") index newest first,
 * past the bound, through all of the workspace's rows when the window holds
 * too few matches.
 */
export function newestFirst(matching: Prisma.Sql, alias: Prisma.Sql, window: DayWindow | null): Prisma.Sql {
  const rows = window
    ? Prisma.sql`WITH in_window AS MATERIALIZED (${matching}) SELECT * FROM in_window ${alias}`
    : matching;
  return Prisma.sql`(${rows} ORDER BY ${alias}."createdAt" DESC LIMIT ${RANK_WINDOW + 1}) ${alias}`;
}

/** The times that bound the windows. */
interface Span {
  /** the newest row that may match (the date filter's end, if before it) */
  newest: Date;
  /** the oldest row that may match (the date filter's start, if after it) */
  oldest: Date;
}

/** The workspace's time span and the first day of the first window; null: no windows. */
async function firstWindow({ table, workspaceId, q, statistics, clip }: WindowedSearch): Promise<{
  span: Span;
  since: Date | null;
}> {
  const rows = Prisma.raw(`"${table}"`);
  const newestFirst = Prisma.sql`SELECT "createdAt" FROM ${rows} WHERE "workspaceId" = ${workspaceId} ORDER BY "createdAt" DESC`;
  // three short walks of the ("workspaceId", "createdAt") index; deleted rows count too: this only sizes windows
  const [row] = await readDb.$queryRaw<
    { newest: Date | null; sample: Date | null; oldest: Date | null; tree: string }[]
  >`
    SELECT (${newestFirst} LIMIT 1) AS newest, (${newestFirst} OFFSET ${SAMPLE_ROWS - 1} LIMIT 1) AS sample,
           (SELECT "createdAt" FROM ${rows} WHERE "workspaceId" = ${workspaceId} ORDER BY "createdAt" LIMIT 1) AS oldest,
           querytree(${q}) AS tree`;
  const end = clip.to && new Date(clip.to.getTime() + DAY_MS);
  const span = {
    newest: end && (!row?.newest || end < row.newest) ? end : (row?.newest ?? new Date()),
    oldest: clip.from && (!row?.oldest || clip.from > row.oldest) ? clip.from : (row?.oldest ?? new Date(0)),
  };
  if (!row?.newest || !row.sample || !row.oldest) return { span, since: null };
  const sampleSpan = row.newest.getTime() - row.sample.getTime();
  const pace = SAMPLE_ROWS / Math.max(sampleSpan, 1); // rows per ms
  if (pace * (row.newest.getTime() - row.oldest.getTime()) < MIN_ROWS) return { span, since: null };
  const share = queryShare(row.tree, statistics);
  if (share === null) return { span, since: dayBound(span, sampleSpan) };
  const needed = (RANK_WINDOW + 1) * HEADROOM;
  if (share * pace * (span.newest.getTime() - span.oldest.getTime()) <= needed) return { span, since: null };
  return { span, since: dayBound(span, needed / (share * pace)) };
}

/** The UTC day `length` ms before the newest row; null when the window would span half of the workspace's time. */
function dayBound(span: Span, length: number): Date | null {
  const all = span.newest.getTime() - span.oldest.getTime();
  if (length >= all / 2) return null;
  return new Date(Math.floor((span.newest.getTime() - length) / DAY_MS) * DAY_MS);
}

/** A window that the matches of the last one (`seen`, fewer than needed) would fill at their pace. */
function widerBound(span: Span, since: Date, seen: number): Date | null {
  if (!seen) return null; // too rare to fill a window that is worth it
  const length = span.newest.getTime() - since.getTime();
  return dayBound(span, Math.max((length * (RANK_WINDOW + 1) * HEADROOM) / seen, length + DAY_MS));
}

/**
 * The index's keys of the workspace's days from `since` to the day after
 * `until` (the newest row when the search began: a row written since then
 * may be on the next day).
 */
function dayKeys(workspaceId: string, { since, until }: DayWindow): string[] {
  const first = Math.floor((since.getTime() - DAY_ZERO) / DAY_MS);
  const last = Math.floor((until.getTime() - DAY_ZERO) / DAY_MS) + 1;
  return Array.from({ length: Math.max(last - first + 1, 0) }, (_, i) => `${workspaceId}/${first + i}`);
}
