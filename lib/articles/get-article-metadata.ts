import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { articleScope } from "@/lib/articles/scope";
import type { Actor } from "@/lib/policy/actor";
import type { ArticleMetadata } from "@/lib/articles/schemas";

/** Any member: an article's editable details. */
export async function getArticleMetadata(actor: Actor, articleId: string): Promise<ArticleMetadata & { id: string }> {
  authorize(actor, "article.read");
  const article = await db.article.findFirst({
    where: articleScope(actor, articleId),
    select: { id: true, title: true, outlet: true, author: true, url: true, publishedAt: true, language: true },
  });
  if (!article) throw new NotFoundError("Article");
  return article;
}
