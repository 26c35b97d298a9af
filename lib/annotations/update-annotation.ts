import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { annotationScope } from "@/lib/annotations/scope";
import type { Actor } from "@/lib/policy/actor";
import type { UpdateAnnotationInput } from "@/lib/annotations/schemas";

/**
 * The author only: changes the note, tags or kind. The editor names the
 * revision they edited; if someone changed it meanwhile, ConflictError (no
 * lost update). Audited with before/after.
 */
export async function updateAnnotation(actor: Actor, input: UpdateAnnotationInput): Promise<{ revision: number }> {
  return db.$transaction(async (tx) => {
    const current = await tx.annotation.findFirst({
      where: annotationScope(actor, input.annotationId),
      select: { id: true, workspaceId: true, authorId: true, revision: true, body: true, tags: true, kind: true },
    });
    if (!current) throw new NotFoundError("Annotation");
    authorize(actor, "annotation.update", current);
    const { count } = await tx.annotation.updateMany({
      where: { ...annotationScope(actor, current.id), revision: input.revision },
      data: { body: input.body, tags: input.tags, kind: input.kind, revision: { increment: 1 } },
    });
    if (count === 0)
      throw new ConflictError("Someone changed this annotation while you were editing. Reload to see their version.");
    await recordAuditEvent(tx, actor, {
      action: "annotation.updated",
      entityType: "Annotation",
      entityId: current.id,
      before: { body: current.body, tags: current.tags, kind: current.kind },
      after: { body: input.body, tags: input.tags, kind: input.kind },
    });
    return { revision: input.revision + 1 };
  });
}
