import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
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

/** Any member: the workspace's articles, newest first. */
export async function findArticles(actor: Actor): Promise<ArticleListItemDto[]> {
  authorize(actor, "article.read");
  const rows = await db.article.findMany({
    where: { workspaceId: actor.workspaceId, deletedAt: null },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    select: { id: true, title: true, outlet: true, publishedAt: true, createdAt: true, _count: { select: { versions: true } } },
    take: 200,
  });
  const counts = await db.annotation.groupBy({
    by: ["articleId"],
    where: { workspaceId: actor.workspaceId, deletedAt: null, articleId: { in: rows.map((r) => r.id) } },
    _count: { _all: true },
  });
  const annotationsByArticle = new Map(counts.map((c) => [c.articleId, c._count._all]));
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    outlet: r.outlet,
    publishedAt: r.publishedAt,
    createdAt: r.createdAt,
    versions: r._count.versions,
    annotations: annotationsByArticle.get(r.id) ?? 0,
  }));
}
