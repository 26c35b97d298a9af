import { readDb } from "@/lib/db/replica";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  and,
  dateRange,
  outletFilter,
  RANK_WINDOW,
  tagFilter,
  verdictFilter,
  type RankedMatch,
  type SearchScope,
} from "@/lib/search/search-sql";
import { termStatistics, type TermStatistics } from "@/lib/search/vector-statistics";
import { inWindow, newestFirst, newestInWindows, type DayWindow } from "@/lib/search/recency-windows";

export interface NewestMatches {
  /** the matches, newest first, at most RANK_WINDOW + 1, each with its ts_rank */
  matches: RankedMatch[];
  /** the first day of the window they were found in; null: every match was looked at */
  since: Date | null;
}

interface Match extends RankedMatch {
  live: boolean;
}

/**
 * The ids of the newest RANK_WINDOW + 1 matching live annotations of live
 * articles (the ranking window), newest first, looked up in windows of the
 * newest days in a large workspace (recency-windows.ts). The article check is made on
 * the window only: a query matching thousands of older annotations would
 * otherwise look up each one's article (half of a common phrase's time at the
 * scale bench's 100×). A window that lost an annotation of a deleted article
 * (or of another outlet) is not the newest live matches: it is looked up
 * again with the check on every match, as exact as before, and as slow. An
 * outlet filter leaves out most notes: it is checked on every match at once.
 * `statistics`: of the notes' vectors (default: ANALYZE's; tests pass their own).
 */
export async function newestAnnotationMatches(
  scope: SearchScope,
  q: Prisma.Sql,
  statistics?: TermStatistics,
): Promise<NewestMatches> {
  const search = {
    table: "Annotation" as const,
    workspaceId: scope.workspaceId,
    q,
    statistics: statistics ?? (await termStatistics("Annotation")),
    clip: scope.filters,
  };
  let articleChecked = scope.filters.outlet !== undefined;
  const { matches, since } = await newestInWindows(search, async (window) => {
    const found = await readDb.$queryRaw<Match[]>(matchesSql(scope, q, window, articleChecked));
    if (found.length <= RANK_WINDOW || articleChecked || found.every((m) => m.live)) return found;
    articleChecked = true;
    return readDb.$queryRaw<Match[]>(matchesSql(scope, q, window, true));
  });
  return { matches: matches.filter((m) => m.live).map(({ id, createdAt, rank }) => ({ id, createdAt, rank })), since };
}

/**
 * The newest RANK_WINDOW + 1 matches in the window of days (none: all), newest
 * first, each with its rank (the window's rows are read anyway: ranking them
 * again would read them again) and whether its article is live (exported for
 * the plan test).
 * (recency-windows.ts's newestFirst reads a window's matches through the GIN index.)
 */
export function matchesSql(
  scope: SearchScope,
  q: Prisma.Sql,
  window: DayWindow | null,
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
      window ? inWindow(Prisma.sql`an`, ws, window) : null,
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
  return Prisma.sql`
    SELECT an.id, an."createdAt", ts_rank(an."searchVector", ${q}) AS rank, ${liveArticle} AS live
    FROM ${newestFirst(matching, Prisma.sql`an`, window)}
    ORDER BY an."createdAt" DESC`;
}
