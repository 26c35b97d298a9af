import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { articleScope } from "@/lib/articles/scope";
import { pageArgs, toPage, type Page, type PageQuery } from "@/lib/paging/newest-first";
import type { Actor } from "@/lib/policy/actor";

export interface ArticleSummaryDto {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: Date | null;
  language: string | null;
  latestVersion: number;
  createdAt: Date;
}

/** Any member: one page of the workspace's live articles, newest first (cursor pagination). */
export async function findArticlesPage(actor: Actor, query: PageQuery): Promise<Page<ArticleSummaryDto>> {
  authorize(actor, "article.read");
  const { where, ...paging } = pageArgs(query);
  const rows = await db.article.findMany({
    where: { ...articleScope(actor), ...where },
    ...paging,
    select: {
      id: true,
      title: true,
      outlet: true,
      author: true,
      url: true,
      publishedAt: true,
      language: true,
      createdAt: true,
      versions: { select: { number: true }, orderBy: { number: "desc" }, take: 1 },
    },
  });
  return toPage(rows, query, ({ versions, ...article }) => ({ ...article, latestVersion: versions[0]?.number ?? 1 }));
}
