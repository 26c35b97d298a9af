import type { Tx } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";

/**
 * Locks the workspace's admin memberships for the rest of the transaction and
 * refuses if `leavingMembershipId` is the last of them. The lock makes two
 * admins demoting each other at the same moment take turns, so one of them
 * always remains.
 */
export async function assertAnotherAdminRemains(
  tx: Tx,
  workspaceId: string,
  leavingMembershipId: string,
): Promise<void> {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "workspaceId" = ${workspaceId} AND role = 'ADMIN' FOR UPDATE`;
  const others = admins.filter((a) => a.id !== leavingMembershipId);
  if (admins.length > others.length && others.length === 0) {
    throw new ConflictError("A workspace needs at least one admin. Make someone else an admin first.");
  }
}
