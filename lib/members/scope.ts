import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every membership read and write is limited to the actor's workspace. */
export function membershipScope(actor: Actor, membershipId?: string): Prisma.MembershipWhereInput {
  return { workspaceId: actor.workspaceId, ...(membershipId !== undefined ? { id: membershipId } : {}) };
}

/**
 * SECURITY: every API token read and write is limited to the actor's workspace. Here beside the memberships: a token
 * is a credential of its creator's membership, revoked when they leave (revoke-tokens-of-leaver.ts, in removeMember's
 * transaction), and lib/api-tokens, which manages tokens, sits above lib/members.
 */
export function apiTokenScope(actor: Actor, tokenId?: string): Prisma.ApiTokenWhereInput {
  return { workspaceId: actor.workspaceId, ...(tokenId !== undefined ? { id: tokenId } : {}) };
}
