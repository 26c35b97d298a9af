import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every read of preserved sources is limited to the actor's workspace. */
export function sourceScope(actor: Actor, snapshotId?: string): Prisma.SourceSnapshotWhereInput {
  return { workspaceId: actor.workspaceId, ...(snapshotId !== undefined ? { id: snapshotId } : {}) };
}
