import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every claim read and write is limited to the actor's workspace and to live claims. */
export function claimScope(actor: Actor, claimId?: string): Prisma.ClaimWhereInput {
  return { workspaceId: actor.workspaceId, deletedAt: null, ...(claimId !== undefined ? { id: claimId } : {}) };
}
