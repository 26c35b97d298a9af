import { readDb } from "@/lib/db/replica";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  and,
  dateRange,
  headline,
  outletFilter,
  RANK_WINDOW,
  tsQuery,
  type SearchScope,
} from "@/lib/search/search-sql";
import { HEADLINE_OPTIONS, snippetParts, type SnippetPart } from "@/lib/search/snippet";

export interface ArticleHitDto {
  id: string;
  /** the title with its hits marked */
  title: SnippetPart[];
  /** fragments of the latest version's text around the hits (empty when only the title matched) */
  snippet: SnippetPart[];
  outlet: string | null;
  byline: string | null;
  publishedAt: Date | null;
  versionNumber: number;
}

export interface HitPage<T> {
  /** matches, counted up to RANK_WINDOW */
  total: number;
  /** more than RANK_WINDOW matched: the hits are the best of the newest RANK_WINDOW */
  capped: boolean;
  hits: T[];
}

export interface Paging {
  limit: number;
  offset: number;
}

interface Row {
  id: string;
  outlet: string | null;
  author: string | null;
  publishedAt: Date | null;
  number: number;
  total: bigint;
  titleMarked: string;
  textMarked: string | null;
}

/**
 * Live articles of the scope's workspace whose title or latest version's text
 * matches (one trigger-maintained vector per article, see the search
 * migration), best first among the newest RANK_WINDOW matches: title hits
 * weigh most, text hits are normalised by length. Called by searchWorkspace,
 * which has authorized the actor.
 */
export async function findArticleHits(
  scope: SearchScope,
  query: string,
  paging: Paging,
): Promise<HitPage<ArticleHitDto>> {
  const ws = scope.workspaceId;
  const q = tsQuery(query);
  const rows = await readDb.$queryRaw<Row[]>`
    WITH candidates AS (
      SELECT a.id, a.title, a.outlet, a.author, a."publishedAt", a."createdAt", a."searchVector"
      FROM "Article" a
      WHERE a."workspaceId" = ${ws} AND a."deletedAt" IS NULL AND a."searchVector" @@ ${q}
      ${and([
        scope.filters.author ? Prisma.sql`a."createdById" = ${scope.filters.author}` : null,
        outletFilter(Prisma.sql`a`, scope.filters.outlet),
        dateRange(Prisma.sql`coalesce(a."publishedAt", a."createdAt")`, scope.filters),
      ])}
      ORDER BY a."createdAt" DESC
      LIMIT ${RANK_WINDOW + 1}
    ),
    ranked AS (
      SELECT c.id, c.title, c.outlet, c.author, c."publishedAt", c."createdAt",
             ts_rank(c."searchVector", ${q}, 1) AS rank, count(*) OVER () AS total
      FROM candidates c
      ORDER BY rank DESC, c."createdAt" DESC, c.id
      LIMIT ${paging.limit} OFFSET ${paging.offset}
    )
    SELECT r.id, r.outlet, r.author, r."publishedAt", r.total, latest.number,
           ${headline(Prisma.sql`r.title`, query, HEADLINE_OPTIONS.whole)} AS "titleMarked",
           ${headline(Prisma.sql`left(latest.text, 100000)`, query, HEADLINE_OPTIONS.fragments)} AS "textMarked"
    FROM ranked r
    CROSS JOIN LATERAL (
      SELECT v.number, v.text FROM "ArticleVersion" v WHERE v."articleId" = r.id ORDER BY v.number DESC LIMIT 1
    ) latest
    ORDER BY r.rank DESC, r."createdAt" DESC, r.id`;
  return {
    ...totalOf(rows),
    hits: rows.map((r) => {
      const snippet = snippetParts(r.textMarked);
      return {
        id: r.id,
        title: snippetParts(r.titleMarked),
        snippet: snippet.some((p) => p.hit) ? snippet : [],
        outlet: r.outlet,
        byline: r.author,
        publishedAt: r.publishedAt,
        versionNumber: r.number,
      };
    }),
  };
}

/** The window count that every row carries; a page past the last result has no rows, and reports 0. */
export function totalOf(rows: { total: bigint | number }[]): { total: number; capped: boolean } {
  const total = rows.length ? Number(rows[0]!.total) : 0;
  return { total: Math.min(total, RANK_WINDOW), capped: total > RANK_WINDOW };
}
