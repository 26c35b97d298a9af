import { readDb } from "@/lib/db/replica";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AnchorState, AnnotationKind } from "@/lib/generated/prisma/enums";
import { totalOf, type HitPage, type Paging } from "@/lib/search/find-article-hits";
import { newestAnnotationMatches } from "@/lib/search/newest-annotation-matches";
import { rankedPage, tsQuery, wholeOrPassage, type SearchScope } from "@/lib/search/search-sql";
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
  const { matches } = await newestAnnotationMatches(scope, q);
  // ranked from the window's own figures: no row is read but those of the page
  const rows = await readDb.$queryRaw<Row[]>`
    WITH ranked AS (SELECT * FROM ${rankedPage(matches, paging)})
    SELECT an.id, an."articleId", ar.title AS "articleTitle", an.kind, an."anchorState", an.tags, an."createdAt",
           coalesce(u.name, u.email) AS "authorName",
           ${wholeOrPassage(Prisma.sql`an.exact`, query)} AS "quoteMarked",
           ${wholeOrPassage(Prisma.sql`an.body`, query)} AS "noteMarked"
    FROM ranked r
    JOIN "Annotation" an ON an.id = r.id AND an."workspaceId" = ${ws}
    JOIN "Article" ar ON ar.id = an."articleId"
    LEFT JOIN "User" u ON u.id = an."authorId"
    ORDER BY r.rank DESC, r."createdAt" DESC, r.id`;
  return {
    ...totalOf(rows.length ? [{ total: matches.length }] : []), // as the other types: a page past the end reports 0
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
