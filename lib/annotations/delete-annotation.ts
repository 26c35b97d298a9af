import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { annotationScope } from "@/lib/annotations/scope";
import type { Actor } from "@/lib/policy/actor";
import { requirePublishedChangeNote } from "@/lib/corrections/require-published-change-note";
import type { DeleteAnnotationInput } from "@/lib/annotations/schemas";

/**
 * The author, or an admin: soft-deletes the annotation (kept in the database,
 * hidden everywhere). A passage a published report shows (a claim's
 * appearance, or any passage of a published article report) is deleted only
 * with a correction note (requirePublishedChangeNote). Audited.
 */
export async function deleteAnnotation(actor: Actor, input: DeleteAnnotationInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const current = await tx.annotation.findFirst({
      where: annotationScope(actor, input.annotationId),
      select: {
        id: true,
        workspaceId: true,
        authorId: true,
        exact: true,
        body: true,
        articleId: true,
        appearances: { where: { claim: { deletedAt: null } }, select: { claimId: true } },
      },
    });
    if (!current) throw new NotFoundError("Annotation");
    authorize(actor, "annotation.delete", current);
    await requirePublishedChangeNote(tx, actor, {
      claimIds: current.appearances.map((a) => a.claimId),
      articleIds: [current.articleId],
      what: "Deleting this passage",
      note: input.correctionNote,
    });
    const { count } = await tx.annotation.updateMany({
      where: annotationScope(actor, current.id),
      data: { deletedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError("Annotation");
    await recordAuditEvent(tx, actor, {
      action: "annotation.deleted",
      entityType: "Annotation",
      entityId: current.id,
      before: { exact: current.exact, body: current.body },
      after: { correctionNote: input.correctionNote ?? null },
    });
  });
}
