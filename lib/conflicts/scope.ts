import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every conflict read and write is limited to the actor's workspace. */
export function conflictScope(actor: Actor, conflictId?: string): Prisma.ConflictWhereInput {
  return { workspaceId: actor.workspaceId, ...(conflictId !== undefined ? { id: conflictId } : {}) };
}

/**
 * SECURITY: conflict members of the actor's workspace whose claim is live (a deleted claim drops out of every
 * conflict view); of one conflict, or without `conflictId` under each conflict of a list that is already scoped.
 */
export function conflictMemberScope(actor: Actor, conflictId?: string): Prisma.ConflictMemberWhereInput {
  return {
    workspaceId: actor.workspaceId,
    ...(conflictId !== undefined ? { conflictId } : {}),
    claim: { deletedAt: null },
  };
}

/** SECURITY: a conflict's own rows (all its members, deleted claims' too, and its evidence) in the actor's workspace: for clearing them. */
export function conflictPartsScope(actor: Actor, conflictId: string): { workspaceId: string; conflictId: string } {
  return { workspaceId: actor.workspaceId, conflictId };
}
