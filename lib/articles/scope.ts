import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every article read and write is limited to the actor's workspace and to live articles. */
export function articleScope(actor: Actor, articleId?: string): Prisma.ArticleWhereInput {
  return { workspaceId: actor.workspaceId, deletedAt: null, ...(articleId !== undefined ? { id: articleId } : {}) };
}

/** SECURITY: the actor's workspace's articles, deleted ones too (admins list and restore deleted articles). */
export function articleScopeIncludingDeleted(actor: Actor, articleId?: string): Prisma.ArticleWhereInput {
  return { workspaceId: actor.workspaceId, ...(articleId !== undefined ? { id: articleId } : {}) };
}

/** SECURITY: article versions of the actor's workspace; callers that need a live article filter on it. */
export function articleVersionScope(actor: Actor): Prisma.ArticleVersionWhereInput {
  return { workspaceId: actor.workspaceId };
}
