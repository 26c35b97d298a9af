import { InvalidInputError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { roleAtLeast, type Actor } from "@/lib/policy/actor";
import { claimScope } from "@/lib/claims/scope";
import { membershipScope } from "@/lib/members/scope";
import type { AssignClaimInput } from "@/lib/claims/schemas";
import { notify, notifyingTransaction } from "@/lib/notifications/notify";
import { claimAssignedNotifications } from "@/lib/notifications/claim-assigned-notifications";

/** Reviewers and up: assigns a claim to an editor (who checks it) and a reviewer (who reviews the verdict). Audited; the people it newly names are notified. */
export async function assignClaim(actor: Actor, input: AssignClaimInput): Promise<void> {
  authorize(actor, "claim.assign");
  await notifyingTransaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: claimScope(actor, input.claimId),
      select: { id: true, statement: true, assignedEditorId: true, assignedReviewerId: true },
    });
    if (!claim) throw new NotFoundError("Claim");
    const ids = [input.editorId, input.reviewerId].filter((id): id is string => id !== null);
    const members = await tx.membership.findMany({
      where: { ...membershipScope(actor), userId: { in: ids } },
      select: { userId: true, role: true },
    });
    const roleOf = new Map(members.map((m) => [m.userId, m.role]));
    if (input.editorId && !roleAtLeast(roleOf.get(input.editorId) ?? "VIEWER", "EDITOR"))
      throw new InvalidInputError("Choose an editor of this workspace.", {
        editorId: ["Not an editor of this workspace."],
      });
    if (input.reviewerId && !roleAtLeast(roleOf.get(input.reviewerId) ?? "VIEWER", "REVIEWER"))
      throw new InvalidInputError("Choose a reviewer of this workspace.", {
        reviewerId: ["Not a reviewer of this workspace."],
      });
    await tx.claim.updateMany({
      where: claimScope(actor, claim.id),
      data: { assignedEditorId: input.editorId, assignedReviewerId: input.reviewerId },
    });
    await recordAuditEvent(tx, actor, {
      action: "claim.assigned",
      entityType: "Claim",
      entityId: claim.id,
      before: { editorId: claim.assignedEditorId, reviewerId: claim.assignedReviewerId },
      after: { editorId: input.editorId, reviewerId: input.reviewerId },
    });
    await notify(
      tx,
      actor.userId,
      await claimAssignedNotifications(
        tx,
        actor,
        claim,
        { editorId: claim.assignedEditorId, reviewerId: claim.assignedReviewerId },
        input,
      ),
    );
  });
}
