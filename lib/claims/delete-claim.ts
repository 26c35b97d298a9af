import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { claimScope } from "@/lib/claims/scope";
import { requirePublishedChangeNote } from "@/lib/corrections/require-published-change-note";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import type { Actor } from "@/lib/policy/actor";
import type { DeleteClaimInput } from "@/lib/claims/schemas";

/**
 * Its creator, or an admin: soft-deletes a claim (verdicts, passages and
 * history stay in the database). A claim a published report shows needs a
 * correction note (requirePublishedChangeNote). Audited; detection re-runs.
 */
export async function deleteClaim(actor: Actor, input: DeleteClaimInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: claimScope(actor, input.claimId),
      select: { id: true, workspaceId: true, statement: true, createdById: true },
    });
    if (!claim) throw new NotFoundError("Claim");
    authorize(actor, "claim.delete", { workspaceId: claim.workspaceId, authorId: claim.createdById });
    await requirePublishedChangeNote(tx, actor, {
      claimIds: [claim.id],
      what: "Deleting this claim",
      note: input.correctionNote,
    });
    await tx.claim.updateMany({ where: claimScope(actor, claim.id), data: { deletedAt: new Date() } });
    await recordAuditEvent(tx, actor, {
      action: "claim.deleted",
      entityType: "Claim",
      entityId: claim.id,
      before: { statement: claim.statement },
      after: { correctionNote: input.correctionNote ?? null },
    });
  });
  await requestConflictDetection(actor, [input.claimId]);
}
