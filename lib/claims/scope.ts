import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every claim read and write is limited to the actor's workspace and to live claims. */
export function claimScope(actor: Actor, claimId?: string): Prisma.ClaimWhereInput {
  return { workspaceId: actor.workspaceId, deletedAt: null, ...(claimId !== undefined ? { id: claimId } : {}) };
}

/** SECURITY: the actor's workspace's claims, deleted ones too (for a claim known from a row that outlives its deletion). */
export function claimScopeIncludingDeleted(actor: Actor, claimId?: string): Prisma.ClaimWhereInput {
  return { workspaceId: actor.workspaceId, ...(claimId !== undefined ? { id: claimId } : {}) };
}

/** SECURITY: claim appearances (a claim's passages) of the actor's workspace; callers add the live filters they need. */
export function claimAppearanceScope(actor: Actor, appearanceId?: string): Prisma.ClaimAppearanceWhereInput {
  return { workspaceId: actor.workspaceId, ...(appearanceId !== undefined ? { id: appearanceId } : {}) };
}

/** SECURITY: relations between claims (translation of, same as…) of the actor's workspace. */
export function claimRelationScope(actor: Actor, relationId?: string): Prisma.ClaimRelationWhereInput {
  return { workspaceId: actor.workspaceId, ...(relationId !== undefined ? { id: relationId } : {}) };
}
