import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every verdict read and write is limited to the actor's workspace (and live claims). */
export function verdictScope(actor: Actor, verdictId?: string): Prisma.VerdictWhereInput {
  return {
    workspaceId: actor.workspaceId,
    claim: { deletedAt: null },
    ...(verdictId !== undefined ? { id: verdictId } : {}),
  };
}

/** SECURITY: verdict revisions of the actor's workspace. */
export function revisionScope(actor: Actor): Prisma.VerdictRevisionWhereInput {
  return { workspaceId: actor.workspaceId };
}
