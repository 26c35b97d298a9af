import { readDb } from "@/lib/db/replica";
import { Prisma } from "@/lib/generated/prisma/client";
import type { VerdictStatus } from "@/lib/generated/prisma/enums";
import { totalOf, type HitPage, type Paging } from "@/lib/search/find-article-hits";
import { findSimilarClaims } from "@/lib/search/find-similar-claims";
import { claimFilters, headline, RANK_WINDOW, type SearchScope } from "@/lib/search/search-sql";
import { claimTsQuery, wholeNumberFilter } from "@/lib/search/claim-query";
import { HEADLINE_OPTIONS, snippetParts, type SnippetPart } from "@/lib/search/snippet";
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
  total: bigint;
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
  const rows = await readDb.$queryRaw<Row[]>`
    WITH candidates AS (
      SELECT c.id, c.statement, c.claimant, c."claimDate", c."createdAt", c."searchVector"
      FROM "Claim" c
      WHERE c."workspaceId" = ${scope.workspaceId} AND c."deletedAt" IS NULL AND c."searchVector" @@ ${q}${wholeNumberFilter(query)} ${claimFilters(scope)}
      ORDER BY c."createdAt" DESC
      LIMIT ${RANK_WINDOW + 1}
    ),
    ranked AS (
      SELECT c.id, c.statement, c.claimant, c."claimDate", c."createdAt", ts_rank(c."searchVector", ${q}) AS rank, count(*) OVER () AS total
      FROM candidates c
      ORDER BY rank DESC, c."createdAt" DESC, c.id
      LIMIT ${paging.limit} OFFSET ${paging.offset}
    )
    SELECT r.id, r."claimDate", r.total,
           ${headline(Prisma.sql`r.statement`, q, HEADLINE_OPTIONS.whole)} AS "statementMarked",
           CASE WHEN r.claimant IS NULL THEN NULL ELSE ${headline(Prisma.sql`r.claimant`, q, HEADLINE_OPTIONS.whole)} END AS "claimantMarked"
    FROM ranked r
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
  const { total, capped } = totalOf(rows);
  return {
    total: total + similar.length,
    capped,
    hits: found.map((c) => ({ ...c, ...(details.get(c.id) ?? { appearances: 0, verdicts: [] }) })),
  };
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
