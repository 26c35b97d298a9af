import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { articleScope } from "@/lib/articles/scope";
import { annotationScope } from "@/lib/annotations/scope";
import { keysetArgs, toPage, type Page } from "@/lib/paging/keyset";
import { ARTICLE_SORTS, ArticleListQuerySchema, type ArticleListQuery } from "@/lib/articles/article-list-query";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

export interface ArticleListItemDto {
  id: string;
  title: string;
  outlet: string | null;
  publishedAt: Date | null;
  versions: number;
  annotations: number;
  createdAt: Date;
}

/**
 * Any member: one page of the workspace's live articles in the chosen order,
 * filtered by text in the outlet and the title (keyset paging: a forged
 * cursor is an InvalidCursorError, never another workspace's rows).
 */
export async function findArticles(
  actor: Actor,
  input: Partial<ArticleListQuery> = {},
): Promise<Page<ArticleListItemDto>> {
  authorize(actor, "article.read");
  const query = ArticleListQuerySchema.parse(input);
  const order = ARTICLE_SORTS[query.sort];
  const { where: after, ...paging } = keysetArgs<Prisma.ArticleWhereInput, Prisma.ArticleOrderByWithRelationInput>(
    order,
    query.cursor,
    query.pageSize,
  );
  const rows = await db.article.findMany({
    where: {
      AND: [
        articleScope(actor),
        query.sort === "published" ? { publishedAt: { not: null } } : {},
        query.outlet ? { outlet: { contains: query.outlet, mode: "insensitive" } } : {},
        query.q ? { title: { contains: query.q, mode: "insensitive" } } : {},
        after,
      ],
    },
    ...paging,
    select: {
      id: true,
      title: true,
      outlet: true,
      publishedAt: true,
      createdAt: true,
      _count: { select: { versions: true } },
    },
  });
  const counts = await db.annotation.groupBy({
    by: ["articleId"],
    where: { ...annotationScope(actor), articleId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const annotationsByArticle = new Map(counts.map((c) => [c.articleId, c._count._all]));
  return toPage(rows, order, query, (r) => ({
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    publishedAt: r.publishedAt,
    createdAt: r.createdAt,
    versions: r._count.versions,
    annotations: annotationsByArticle.get(r.id) ?? 0,
  }));
}
