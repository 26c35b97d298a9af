import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every article read and write is limited to the actor's workspace and to live articles. */
export function articleScope(actor: Actor, articleId?: string): Prisma.ArticleWhereInput {
  return { workspaceId: actor.workspaceId, deletedAt: null, ...(articleId !== undefined ? { id: articleId } : {}) };
}
