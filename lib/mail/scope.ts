import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: the outgoing mail an admin sees (invitations' delivery) is limited to the actor's workspace. */
export function emailMessageScope(actor: Actor): Prisma.EmailMessageWhereInput {
  return { workspaceId: actor.workspaceId };
}
