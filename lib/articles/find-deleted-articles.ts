import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import { articleScopeIncludingDeleted } from "@/lib/articles/scope";

export interface DeletedArticleDto {
  id: string;
  title: string;
  outlet: string | null;
  deletedAt: Date;
}

/** Admins only: the workspace's deleted articles, most recently deleted first (at most `limit`), for restoring. */
export async function findDeletedArticles(actor: Actor, limit = 200): Promise<DeletedArticleDto[]> {
  authorize(actor, "article.delete");
  const rows = await db.article.findMany({
    where: { ...articleScopeIncludingDeleted(actor), deletedAt: { not: null } },
    orderBy: [{ deletedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, title: true, outlet: true, deletedAt: true },
  });
  return rows.map((r) => ({ ...r, deletedAt: r.deletedAt! }));
}
