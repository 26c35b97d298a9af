import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every membership read and write is limited to the actor's workspace. */
export function membershipScope(actor: Actor, membershipId?: string): Prisma.MembershipWhereInput {
  return { workspaceId: actor.workspaceId, ...(membershipId !== undefined ? { id: membershipId } : {}) };
}
