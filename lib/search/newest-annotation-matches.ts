import { readDb } from "@/lib/db/replica";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  and,
  dateRange,
  outletFilter,
  RANK_WINDOW,
  tagFilter,
  verdictFilter,
  type SearchScope,
} from "@/lib/search/search-sql";
import { queryShare, termStatistics, type TermStatistics } from "@/lib/claims/common-terms";

/**
 * Recency windows: a common word or phrase matches thousands of a large
 * workspace's notes, and sorting them by date reads every one of them. The
 * matches are looked up in windows of the newest days instead, which one scan
 * of the GIN index (workspace and day, searchVector) intersects with the
 * query's words. A window holding more than RANK_WINDOW matches holds the newest
 * RANK_WINDOW + 1: every newer match is inside it. The first window is sized
 * from how many notes hold the query's words (ANALYZE's statistics of the
 * vectors, as the repeated-claim check reads them: common-terms.ts) and the
 * pace of the workspace's newest SAMPLE_NOTES notes: wide enough to hold the
 * matches needed, with HEADROOM. A query too rare to fill a window skips the
 * windows (its matches are few: the GIN index reads them all at once); one
 * whose words have no statistics starts with the days of the newest
 * SAMPLE_NOTES notes. A window short of matches gives the query's pace, and
 * the next window is wide enough for that pace to fill it. A window that
 * would span half of the workspace's time is not worth it: the last query has
 * no bound, so the results are always the unbounded ones.
 */

/** the notes whose pace sizes the first window (and whose days are the first window when the words have no statistics) */
const SAMPLE_NOTES = 4_000;
/** a workspace with fewer notes (estimated) is searched without windows: all its matches are few */
const MIN_NOTES = 40_000;
/** windows looked up before the unbounded query */
const MAX_WINDOWS = 3;
/** a window aims at this many times the matches it needs */
const HEADROOM = 1.5;
const DAY_MS = 86_400_000;
/** the day key of the GIN index (migration …_annotation_search_by_day), spelt exactly as the index is */
const DAY_KEY = Prisma.sql`(ARRAY[an."workspaceId" || '/' || ((an."createdAt"::date - DATE '2000-01-01')::text)])`;
const DAY_ZERO = Date.UTC(2000, 0, 1);

export interface NewestMatches {
  /** the matches, newest first, at most RANK_WINDOW + 1, each with its ts_rank */
  matches: { id: string; createdAt: Date; rank: number }[];
  /** the first day of the window they were found in; null: every match was looked at */
  since: Date | null;
}

interface Match {
  id: string;
  createdAt: Date;
  rank: number;
  live: boolean;
}

/** The times that bound the windows. */
interface Span {
  /** the newest note that may match (the date filter's end, if before it) */
  newest: Date;
  /** the oldest note that may match (the date filter's start, if after it) */
  oldest: Date;
}

/**
 * The ids of the newest RANK_WINDOW + 1 matching live annotations of live
 * articles (the ranking window), newest first. The article check is made on
 * the window only: a query matching thousands of older annotations would
 * otherwise look up each one's article (half of a common phrase's time at the
 * scale bench's 100×). A window that lost an annotation of a deleted article
 * (or of another outlet) is not the newest live matches: it is looked up
 * again with the check on every match, as exact as before, and as slow. An
 * outlet filter leaves out most notes: it is checked on every match at once.
 * `statistics`: of the notes' vectors, which size the first window (default:
 * ANALYZE's; tests pass their own).
 */
export async function newestAnnotationMatches(
  scope: SearchScope,
  q: Prisma.Sql,
  statistics?: TermStatistics,
): Promise<NewestMatches> {
  const { span, since: first } = await firstWindow(scope, q, statistics ?? (await termStatistics("Annotation")));
  let since = first;
  let articleChecked = scope.filters.outlet !== undefined;
  for (let windows = 1; ; windows++) {
    let found = await readDb.$queryRaw<Match[]>(
      matchesSql(scope, q, since && { since, until: span.newest }, articleChecked),
    );
    if (found.length > RANK_WINDOW && !articleChecked && found.some((m) => !m.live)) {
      articleChecked = true;
      found = await readDb.$queryRaw<Match[]>(matchesSql(scope, q, since && { since, until: span.newest }, true));
    }
    if (since === null || found.length > RANK_WINDOW) {
      return {
        matches: found.filter((m) => m.live).map(({ id, createdAt, rank }) => ({ id, createdAt, rank })),
        since,
      };
    }
    since = windows < MAX_WINDOWS ? widerBound(span, since, found.length) : null;
  }
}

/** The workspace's time span and the first day of the first window; null: no windows. */
async function firstWindow(
  scope: SearchScope,
  q: Prisma.Sql,
  statistics: TermStatistics,
): Promise<{ span: Span; since: Date | null }> {
  const ws = scope.workspaceId;
  const newestFirst = Prisma.sql`SELECT "createdAt" FROM "Annotation" WHERE "workspaceId" = ${ws} ORDER BY "createdAt" DESC`;
  // three short walks of the ("workspaceId", "createdAt") index; deleted notes count too: this only sizes windows
  const [row] = await readDb.$queryRaw<
    { newest: Date | null; sample: Date | null; oldest: Date | null; tree: string }[]
  >`
    SELECT (${newestFirst} LIMIT 1) AS newest, (${newestFirst} OFFSET ${SAMPLE_NOTES - 1} LIMIT 1) AS sample,
           (SELECT "createdAt" FROM "Annotation" WHERE "workspaceId" = ${ws} ORDER BY "createdAt" LIMIT 1) AS oldest,
           querytree(${q}) AS tree`;
  const { from, to } = scope.filters;
  const end = to && new Date(to.getTime() + DAY_MS);
  const span = {
    newest: end && (!row?.newest || end < row.newest) ? end : (row?.newest ?? new Date()),
    oldest: from && (!row?.oldest || from > row.oldest) ? from : (row?.oldest ?? new Date(0)),
  };
  if (!row?.newest || !row.sample || !row.oldest) return { span, since: null };
  const sampleSpan = row.newest.getTime() - row.sample.getTime();
  const pace = SAMPLE_NOTES / Math.max(sampleSpan, 1); // notes per ms
  if (pace * (row.newest.getTime() - row.oldest.getTime()) < MIN_NOTES) return { span, since: null };
  const share = queryShare(row.tree, statistics);
  if (share === null) return { span, since: dayBound(span, sampleSpan) };
  const needed = (RANK_WINDOW + 1) * HEADROOM;
  if (share * pace * (span.newest.getTime() - span.oldest.getTime()) <= needed) return { span, since: null };
  return { span, since: dayBound(span, needed / (share * pace)) };
}

/** The UTC day `length` ms before the newest note; null when the window would span half of the workspace's time. */
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
 * The newest RANK_WINDOW + 1 matches in the window of days (none: all), newest
 * first, each with its rank (the window's rows are read anyway: ranking them
 * again would read them again) and whether its article is live (exported for
 * the plan test).
 * Within a window every match is read through the GIN index, day and words in
 * one scan, and then sorted (the materialized CTE): left to itself, the
 * planner may walk the ("workspaceId", "createdAt") index newest first, past
 * the bound, through all of the workspace's notes when the window holds too
 * few matches.
 */
export function matchesSql(
  scope: SearchScope,
  q: Prisma.Sql,
  window: { since: Date; until: Date } | null,
  articleChecked: boolean,
): Prisma.Sql {
  const ws = scope.workspaceId;
  const { filters } = scope;
  const liveArticle = Prisma.sql`EXISTS (SELECT 1 FROM "Article" ar WHERE ar.id = an."articleId" AND ar."workspaceId" = ${ws} AND ar."deletedAt" IS NULL
                    ${and([outletFilter(Prisma.sql`ar`, filters.outlet)])})`;
  const claimWithVerdict = verdictFilter(scope, Prisma.sql`c`);
  const matching = Prisma.sql`
    SELECT an.id, an."articleId", an."createdAt", an."searchVector"
    FROM "Annotation" an
    WHERE an."workspaceId" = ${ws} AND an."deletedAt" IS NULL AND an."searchVector" @@ ${q}
    ${and([
      window ? Prisma.sql`${DAY_KEY} && ${dayKeys(ws, window)}::text[]` : null,
      articleChecked ? liveArticle : null,
      filters.author ? Prisma.sql`an."authorId" = ${filters.author}` : null,
      tagFilter(Prisma.sql`an`, filters.tag),
      filters.anchor ? Prisma.sql`an."anchorState" = ${filters.anchor}::"AnchorState"` : null,
      dateRange(Prisma.sql`an."createdAt"`, filters),
      claimWithVerdict
        ? Prisma.sql`EXISTS (SELECT 1 FROM "ClaimAppearance" ca JOIN "Claim" c ON c.id = ca."claimId" AND c."deletedAt" IS NULL
                             WHERE ca."annotationId" = an.id AND ca."workspaceId" = ${ws} AND ${claimWithVerdict})`
        : null,
    ])}`;
  const newest = window
    ? Prisma.sql`WITH in_window AS MATERIALIZED (${matching}) SELECT * FROM in_window an`
    : Prisma.sql`${matching}`;
  return Prisma.sql`
    SELECT an.id, an."createdAt", ts_rank(an."searchVector", ${q}) AS rank, ${liveArticle} AS live
    FROM (${newest} ORDER BY an."createdAt" DESC LIMIT ${RANK_WINDOW + 1}) an
    ORDER BY an."createdAt" DESC`;
}

/**
 * The index's keys of the workspace's days from `since` to the day after
 * `until` (the newest note when the search began: a note written since then
 * may be on the next day).
 */
function dayKeys(workspaceId: string, { since, until }: { since: Date; until: Date }): string[] {
  const first = Math.floor((since.getTime() - DAY_ZERO) / DAY_MS);
  const last = Math.floor((until.getTime() - DAY_ZERO) / DAY_MS) + 1;
  return Array.from({ length: Math.max(last - first + 1, 0) }, (_, i) => `${workspaceId}/${first + i}`);
}
