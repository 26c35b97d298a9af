import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { claimAppearanceScope, claimScope } from "@/lib/claims/scope";
import { annotationScopeIncludingDeleted } from "@/lib/annotations/scope";
import { requirePublishedChangeNote } from "@/lib/corrections/require-published-change-note";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import type { Actor } from "@/lib/policy/actor";
import type { UnlinkAppearanceInput } from "@/lib/claims/schemas";

/**
 * Editors and up: undoes a link — the passage no longer counts as an
 * appearance of the claim (the annotation stays, as a note when it states no
 * other claim). When a published report covers the claim, unlinking changes
 * what it shows and needs a correction note (requirePublishedChangeNote).
 * Audited; conflict detection runs after the commit.
 */
export async function unlinkAppearance(actor: Actor, input: UnlinkAppearanceInput): Promise<void> {
  authorize(actor, "claim.update");
  await db.$transaction(async (tx) => {
    const appearance = await tx.claimAppearance.findFirst({
      where: {
        ...claimAppearanceScope(actor),
        claimId: input.claimId,
        annotationId: input.annotationId,
        claim: claimScope(actor),
        annotation: { deletedAt: null },
      },
      select: {
        id: true,
        claimId: true,
        annotationId: true,
        differences: true,
        differenceNote: true,
        annotation: { select: { exact: true, articleId: true } },
      },
    });
    if (!appearance) throw new NotFoundError("Appearance");
    // checked before the delete: the report still covers the claim through this passage
    await requirePublishedChangeNote(tx, actor, {
      claimIds: [appearance.claimId],
      what: "Unlinking this appearance",
      note: input.correctionNote,
    });
    await tx.claimAppearance.deleteMany({ where: claimAppearanceScope(actor, appearance.id) });
    const others = await tx.claimAppearance.count({
      where: { ...claimAppearanceScope(actor), annotationId: appearance.annotationId },
    });
    if (others === 0)
      await tx.annotation.updateMany({
        where: annotationScopeIncludingDeleted(actor, appearance.annotationId),
        data: { kind: "NOTE", revision: { increment: 1 } },
      });
    await recordAuditEvent(tx, actor, {
      action: "claim.appearance_unlinked",
      entityType: "Claim",
      entityId: appearance.claimId,
      before: {
        annotationId: appearance.annotationId,
        appearanceId: appearance.id,
        exact: appearance.annotation.exact,
        differences: appearance.differences,
        differenceNote: appearance.differenceNote,
      },
      after: { correctionNote: input.correctionNote },
    });
  });
  await requestConflictDetection(actor, [input.claimId]);
}
