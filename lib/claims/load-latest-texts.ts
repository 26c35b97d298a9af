import { db } from "@/lib/db/client";
import type { Actor } from "@/lib/policy/actor";

export interface LatestText {
  articleId: string;
  title: string;
  versionId: string;
  text: string;
}

/** The latest version of every live article of the workspace (or of the given ones). */
export async function loadLatestTexts(actor: Actor, articleIds?: string[]): Promise<LatestText[]> {
  const articles = await db.article.findMany({
    where: { workspaceId: actor.workspaceId, deletedAt: null, ...(articleIds ? { id: { in: articleIds } } : {}) },
    select: { id: true, title: true, versions: { orderBy: { number: "desc" }, take: 1, select: { id: true, text: true } } },
    take: 500,
  });
  return articles.flatMap((a) => (a.versions[0] ? [{ articleId: a.id, title: a.title, versionId: a.versions[0].id, text: a.versions[0].text }] : []));
}
