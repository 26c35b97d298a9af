import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { annotationScope } from "@/lib/annotations/scope";
import type { Actor } from "@/lib/policy/actor";
import type { CreateReplyInput } from "@/lib/annotations/schemas";

/** Editors and up: adds a reply (Markdown) to an annotation's thread. Audited. */
export async function createReply(actor: Actor, input: CreateReplyInput): Promise<{ id: string }> {
  authorize(actor, "reply.create");
  return db.$transaction(async (tx) => {
    const annotation = await tx.annotation.findFirst({
      where: annotationScope(actor, input.annotationId),
      select: { id: true },
    });
    if (!annotation) throw new NotFoundError("Annotation");
    const reply = await tx.reply.create({
      data: { workspaceId: actor.workspaceId, annotationId: annotation.id, body: input.body, authorId: actor.userId },
      select: { id: true },
    });
    await recordAuditEvent(tx, actor, {
      action: "reply.created",
      entityType: "Reply",
      entityId: reply.id,
      after: { annotationId: annotation.id, body: input.body },
    });
    return reply;
  });
}
