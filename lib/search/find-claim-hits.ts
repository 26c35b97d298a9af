import { readDb } from "@/lib/db/replica";
import { Prisma } from "@/lib/generated/prisma/client";
import type { VerdictStatus } from "@/lib/generated/prisma/enums";
import { totalOf, type HitPage, type Paging } from "@/lib/search/find-article-hits";
import { findSimilarClaims } from "@/lib/search/find-similar-claims";
import { claimFilters, headline, rankedPage, type RankedMatch, type SearchScope } from "@/lib/search/search-sql";
import { claimTsQuery, wholeNumberFilter } from "@/lib/search/claim-query";
import { HEADLINE_OPTIONS, snippetParts, type SnippetPart } from "@/lib/search/snippet";
import { inWindow, newestFirst, newestInWindows, type DayWindow } from "@/lib/search/recency-windows";
import { termStatistics, type TermStatistics } from "@/lib/search/vector-statistics";
import type { WebsearchTerms } from "@/lib/search/websearch-terms";

export interface ClaimHitDto {
  id: string;
  statement: SnippetPart[];
  claimant: SnippetPart[];
  claimDate: Date | null;
  appearances: number;
  /** verdicts the actor may see (approved ones only for viewers), with the latest revision's rating */
  verdicts: { status: VerdictStatus; ratingLabel: string | null }[];
  /** found by similar wording (trigram look-up), not by the words themselves */
  similar: boolean;
}

interface Row {
  id: string;
  claimDate: Date | null;
  statementMarked: string;
  claimantMarked: string | null;
}

/**
 * Live claims of the scope's workspace whose statement or claimant matches the
 * query, best first among the newest RANK_WINDOW matches. Names match in any
 * of their spellings (built-in and the workspace's groups) and required
 * numbers only as whole numbers (claim-query.ts). When the words find
 * less than a page on the first page, claims of similar wording fill it
 * (typo-tolerant look-up, findSimilarClaims), marked `similar`. Called by
 * searchWorkspace, which has authorized the actor.
 */
export async function findClaimHits(
  scope: SearchScope,
  query: string,
  terms: WebsearchTerms,
  paging: Paging,
): Promise<HitPage<ClaimHitDto>> {
  const q = claimTsQuery(query, scope.nameVariants);
  const { matches } = await newestClaimMatches(scope, query, q);
  // ranked from the window's own figures: only the page's claims are read again
  const rows = await readDb.$queryRaw<Row[]>`
    WITH ranked AS (SELECT * FROM ${rankedPage(matches, paging)})
    SELECT c.id, c."claimDate",
           ${headline(Prisma.sql`c.statement`, q, HEADLINE_OPTIONS.whole)} AS "statementMarked",
           CASE WHEN c.claimant IS NULL THEN NULL ELSE ${headline(Prisma.sql`c.claimant`, q, HEADLINE_OPTIONS.whole)} END AS "claimantMarked"
    FROM ranked r
    JOIN "Claim" c ON c.id = r.id AND c."workspaceId" = ${scope.workspaceId}
    ORDER BY r.rank DESC, r."createdAt" DESC, r.id`;
  const matched = rows.map((r) => ({
    id: r.id,
    claimDate: r.claimDate,
    statement: snippetParts(r.statementMarked),
    claimant: snippetParts(r.claimantMarked),
    similar: false,
  }));
  const room = paging.offset === 0 ? paging.limit - matched.length : 0;
  const similar = room > 0 ? await findSimilarClaims(scope, query, terms, room) : [];
  const found = [...matched, ...similar];
  const details = await claimDetails(
    scope,
    found.map((c) => c.id),
  );
  const { total, capped } = totalOf(rows.length ? [{ total: matches.length }] : []); // a page past the end reports 0
  return {
    total: total + similar.length,
    capped,
    hits: found.map((c) => ({ ...c, ...(details.get(c.id) ?? { appearances: 0, verdicts: [] }) })),
  };
}

/**
 * The newest RANK_WINDOW + 1 matching live claims, newest first, each with its
 * ts_rank (the window's rows are read anyway), looked up in windows of the
 * newest days in a large workspace (recency-windows.ts). The date filter is
 * on the claim's own date, not its creation: it does not bound the windows.
 * `statistics`: of the claims' vectors (default: ANALYZE's; tests pass their own).
 */
export async function newestClaimMatches(
  scope: SearchScope,
  query: string,
  q: Prisma.Sql,
  statistics?: TermStatistics,
): Promise<{ matches: RankedMatch[]; since: Date | null }> {
  const search = {
    table: "Claim" as const,
    workspaceId: scope.workspaceId,
    q,
    statistics: statistics ?? (await termStatistics("Claim")),
    clip: {},
  };
  return newestInWindows(search, (window) => readDb.$queryRaw<RankedMatch[]>(claimMatchesSql(scope, query, q, window)));
}

/** The newest RANK_WINDOW + 1 matches in the window of days (none: all), newest first, with their rank (exported for the plan test). */
export function claimMatchesSql(
  scope: SearchScope,
  query: string,
  q: Prisma.Sql,
  window: DayWindow | null,
): Prisma.Sql {
  const ws = scope.workspaceId;
  const matching = Prisma.sql`
    SELECT c.id, c."createdAt", c."searchVector"
    FROM "Claim" c
    WHERE c."workspaceId" = ${ws} AND c."deletedAt" IS NULL AND c."searchVector" @@ ${q}${wholeNumberFilter(query)} ${claimFilters(scope)}
      ${window ? Prisma.sql`AND ${inWindow(Prisma.sql`c`, ws, window)}` : Prisma.empty}`;
  return Prisma.sql`
    SELECT c.id, c."createdAt", ts_rank(c."searchVector", ${q}) AS rank
    FROM ${newestFirst(matching, Prisma.sql`c`, window)}
    ORDER BY c."createdAt" DESC`;
}

/**
 * Appearance counts (live annotations) and the verdicts the actor may see of
 * the page's claims, in one query: per-claim subqueries on indexed keys
 * (Prisma's relation counts aggregate the whole table first).
 */
async function claimDetails(
  scope: SearchScope,
  claimIds: string[],
): Promise<Map<string, Pick<ClaimHitDto, "appearances" | "verdicts">>> {
  if (claimIds.length === 0) return new Map();
  const ws = scope.workspaceId;
  const rows = await readDb.$queryRaw<{ id: string; appearances: number; verdicts: ClaimHitDto["verdicts"] }[]>`
    SELECT c.id,
      (SELECT count(*)::int FROM "ClaimAppearance" ca JOIN "Annotation" an ON an.id = ca."annotationId" AND an."deletedAt" IS NULL
       WHERE ca."claimId" = c.id AND ca."workspaceId" = ${ws}) AS appearances,
      coalesce((
        SELECT json_agg(json_build_object('status', v.status, 'ratingLabel', rl.label) ORDER BY v."createdAt", v.id)
        FROM "Verdict" v
        LEFT JOIN LATERAL (SELECT vr."ratingLevelId" FROM "VerdictRevision" vr WHERE vr."verdictId" = v.id ORDER BY vr.number DESC LIMIT 1) latest ON TRUE
        LEFT JOIN "RatingLevel" rl ON rl.id = latest."ratingLevelId" AND rl."workspaceId" = ${ws}
        WHERE v."claimId" = c.id AND v."workspaceId" = ${ws} ${scope.seesUnapproved ? Prisma.empty : Prisma.sql`AND v.status = 'APPROVED'::"VerdictStatus"`}
      ), '[]'::json) AS verdicts
    FROM "Claim" c
    WHERE c."workspaceId" = ${ws} AND c.id = ANY(${claimIds}::text[])`;
  return new Map(rows.map((r) => [r.id, { appearances: r.appearances, verdicts: r.verdicts }]));
}
