import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";

/** SECURITY: every annotation read and write is limited to the actor's workspace and to live rows. */
export function annotationScope(actor: Actor, annotationId?: string): Prisma.AnnotationWhereInput {
  return {
    workspaceId: actor.workspaceId,
    deletedAt: null,
    ...(annotationId !== undefined ? { id: annotationId } : {}),
  };
}

export function replyScope(actor: Actor, replyId?: string): Prisma.ReplyWhereInput {
  return {
    workspaceId: actor.workspaceId,
    deletedAt: null,
    annotation: { deletedAt: null },
    ...(replyId !== undefined ? { id: replyId } : {}),
  };
}
