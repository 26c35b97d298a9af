import { readDb } from "@/lib/db/replica";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AnchorState, AnnotationKind } from "@/lib/generated/prisma/enums";
import { totalOf, type HitPage, type Paging } from "@/lib/search/find-article-hits";
import {
  and,
  dateRange,
  outletFilter,
  RANK_WINDOW,
  tagFilter,
  tsQuery,
  verdictFilter,
  wholeOrPassage,
  type SearchScope,
} from "@/lib/search/search-sql";
import { snippetParts, withoutMarkdownMarks, type SnippetPart } from "@/lib/search/snippet";

export interface AnnotationHitDto {
  id: string;
  articleId: string;
  articleTitle: string;
  kind: AnnotationKind;
  anchorState: AnchorState;
  tags: string[];
  authorName: string;
  createdAt: Date;
  /** the highlighted passage (TextQuoteSelector exact), hits marked */
  quote: SnippetPart[];
  /** the note, hits marked; empty when the note is empty */
  note: SnippetPart[];
}

interface Row {
  id: string;
  articleId: string;
  articleTitle: string;
  kind: AnnotationKind;
  anchorState: AnchorState;
  tags: string[];
  authorName: string | null;
  createdAt: Date;
  quoteMarked: string;
  noteMarked: string;
}

/**
 * Live annotations (quote and note) of live articles in the scope's workspace,
 * best first among the newest RANK_WINDOW matches: a hit in the note weighs
 * more than one in the quote. Called by
 * searchWorkspace, which has authorized the actor.
 */
export async function findAnnotationHits(
  scope: SearchScope,
  query: string,
  paging: Paging,
): Promise<HitPage<AnnotationHitDto>> {
  const ws = scope.workspaceId;
  const q = tsQuery(query);
  const window = await newestMatches(scope, q);
  const rows = await readDb.$queryRaw<Row[]>`
    WITH ranked AS (
      SELECT an.id, an."createdAt", ts_rank(an."searchVector", ${q}) AS rank
      FROM "Annotation" an
      WHERE an."workspaceId" = ${ws} AND an.id = ANY(${window}::text[]) AND an."deletedAt" IS NULL
      ORDER BY rank DESC, an."createdAt" DESC, an.id
      LIMIT ${paging.limit} OFFSET ${paging.offset}
    )
    SELECT an.id, an."articleId", ar.title AS "articleTitle", an.kind, an."anchorState", an.tags, an."createdAt",
           coalesce(u.name, u.email) AS "authorName",
           ${wholeOrPassage(Prisma.sql`an.exact`, query)} AS "quoteMarked",
           ${wholeOrPassage(Prisma.sql`an.body`, query)} AS "noteMarked"
    FROM ranked r
    JOIN "Annotation" an ON an.id = r.id
    JOIN "Article" ar ON ar.id = an."articleId"
    LEFT JOIN "User" u ON u.id = an."authorId"
    ORDER BY r.rank DESC, r."createdAt" DESC, r.id`;
  return {
    ...totalOf(rows.length ? [{ total: window.length }] : []), // as the other types: a page past the end reports 0
    hits: rows.map((r) => ({
      id: r.id,
      articleId: r.articleId,
      articleTitle: r.articleTitle,
      kind: r.kind,
      anchorState: r.anchorState,
      tags: r.tags,
      authorName: r.authorName ?? "Unknown",
      createdAt: r.createdAt,
      quote: snippetParts(r.quoteMarked),
      note: withoutMarkdownMarks(snippetParts(r.noteMarked)),
    })),
  };
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
 */
async function newestMatches(scope: SearchScope, q: Prisma.Sql): Promise<string[]> {
  const ws = scope.workspaceId;
  const { filters } = scope;
  const liveArticle = Prisma.sql`EXISTS (SELECT 1 FROM "Article" ar WHERE ar.id = an."articleId" AND ar."workspaceId" = ${ws} AND ar."deletedAt" IS NULL
                    ${and([outletFilter(Prisma.sql`ar`, filters.outlet)])})`;
  const claimWithVerdict = verdictFilter(scope, Prisma.sql`c`);
  const matches = (articleChecked: boolean) => readDb.$queryRaw<{ id: string; live: boolean }[]>`
    SELECT an.id, ${liveArticle} AS live
    FROM (
      SELECT an.id, an."articleId", an."createdAt"
      FROM "Annotation" an
      WHERE an."workspaceId" = ${ws} AND an."deletedAt" IS NULL AND an."searchVector" @@ ${q}
      ${and([
        articleChecked ? liveArticle : null,
        filters.author ? Prisma.sql`an."authorId" = ${filters.author}` : null,
        tagFilter(Prisma.sql`an`, filters.tag),
        filters.anchor ? Prisma.sql`an."anchorState" = ${filters.anchor}::"AnchorState"` : null,
        dateRange(Prisma.sql`an."createdAt"`, filters),
        claimWithVerdict
          ? Prisma.sql`EXISTS (SELECT 1 FROM "ClaimAppearance" ca JOIN "Claim" c ON c.id = ca."claimId" AND c."deletedAt" IS NULL
                               WHERE ca."annotationId" = an.id AND ca."workspaceId" = ${ws} AND ${claimWithVerdict})`
          : null,
      ])}
      ORDER BY an."createdAt" DESC
      LIMIT ${RANK_WINDOW + 1}
    ) an
    ORDER BY an."createdAt" DESC`;
  const window = await matches(filters.outlet !== undefined);
  const full = window.length > RANK_WINDOW && window.some((m) => !m.live);
  return (full ? await matches(true) : window).filter((m) => m.live).map((m) => m.id);
}
