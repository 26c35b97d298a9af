import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { liveWorkspaceScopeSql } from "@/lib/db/scope-sql";
import type { Actor } from "@/lib/policy/actor";

export interface LatestText {
  articleId: string;
  title: string;
  versionId: string;
  text: string;
}

/**
 * The latest version of the given live articles of the workspace, in the order
 * of `articleIds` (candidates come best first: lib/claims/candidates.ts).
 * Raw SQL scoped by liveWorkspaceScopeSql (the twin of lib/articles/scope.ts),
 * like lockArticle: lib/articles builds on this folder, so it does not import it.
 */
export async function loadLatestTexts(actor: Actor, articleIds: string[]): Promise<LatestText[]> {
  if (articleIds.length === 0) return [];
  const articles = await db.$queryRaw<LatestText[]>(Prisma.sql`
    SELECT a.id AS "articleId", a.title, v.id AS "versionId", v.text
      FROM "Article" a
      JOIN LATERAL (SELECT id, text FROM "ArticleVersion" WHERE "articleId" = a.id ORDER BY number DESC LIMIT 1) v ON TRUE
     WHERE a.id = ANY(${articleIds}::text[]) AND ${liveWorkspaceScopeSql(actor, "a")}`);
  const order = new Map(articleIds.map((id, i) => [id, i]));
  return articles.sort((a, b) => order.get(a.articleId)! - order.get(b.articleId)!);
}
