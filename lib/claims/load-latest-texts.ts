import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/policy/actor";
import { articleScope } from "@/lib/articles/scope";

export interface LatestText {
  articleId: string;
  title: string;
  versionId: string;
  text: string;
}

/**
 * The latest version of the given live articles of the workspace, in the order
 * of `articleIds` (candidates come best first: lib/claims/candidates.ts).
 */
export async function loadLatestTexts(actor: Actor, articleIds: string[]): Promise<LatestText[]> {
  if (articleIds.length === 0) return [];
  const articles = await db.article.findMany({
    where: { ...articleScope(actor), id: { in: articleIds } },
    select: {
      id: true,
      title: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, text: true } },
    },
  });
  const order = new Map(articleIds.map((id, i) => [id, i]));
  articles.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return articles.flatMap((a) =>
    a.versions[0] ? [{ articleId: a.id, title: a.title, versionId: a.versions[0].id, text: a.versions[0].text }] : [],
  );
}
