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

/**
 * SECURITY: the actor's workspace's annotations, deleted ones too: for the protocol's 410 Gone and for
 * bookkeeping on an annotation whose state follows its claim appearances, whether or not it was deleted since.
 */
export function annotationScopeIncludingDeleted(actor: Actor, annotationId?: string): Prisma.AnnotationWhereInput {
  return { workspaceId: actor.workspaceId, ...(annotationId !== undefined ? { id: annotationId } : {}) };
}

/** SECURITY: the actor's workspace's replies, deleted ones too (a deleted reply still names its annotation). */
export function replyScopeIncludingDeleted(actor: Actor, replyId?: string): Prisma.ReplyWhereInput {
  return { workspaceId: actor.workspaceId, ...(replyId !== undefined ? { id: replyId } : {}) };
}

/** SECURITY: every reply read and write is limited to the actor's workspace, to live replies and to live annotations. */
export function replyScope(actor: Actor, replyId?: string): Prisma.ReplyWhereInput {
  return {
    workspaceId: actor.workspaceId,
    deletedAt: null,
    annotation: { deletedAt: null },
    ...(replyId !== undefined ? { id: replyId } : {}),
  };
}
