import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every audit log read is limited to the actor's workspace. */
export function auditEventScope(actor: Actor): Prisma.AuditEventWhereInput {
  return { workspaceId: actor.workspaceId };
}
