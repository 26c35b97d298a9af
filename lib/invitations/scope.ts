import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every invitation read and write by an admin is limited to the actor's workspace. */
export function invitationScope(actor: Actor, invitationId?: string): Prisma.InvitationWhereInput {
  return { workspaceId: actor.workspaceId, ...(invitationId !== undefined ? { id: invitationId } : {}) };
}

/** Neither accepted nor revoked (an expired one is still open: it can be resent). */
export const OPEN_INVITATION = { acceptedAt: null, revokedAt: null } as const satisfies Prisma.InvitationWhereInput;
