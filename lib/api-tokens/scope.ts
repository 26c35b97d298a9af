import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every API token read and write is limited to the actor's workspace. */
export function apiTokenScope(actor: Actor, tokenId?: string): Prisma.ApiTokenWhereInput {
  return { workspaceId: actor.workspaceId, ...(tokenId !== undefined ? { id: tokenId } : {}) };
}
