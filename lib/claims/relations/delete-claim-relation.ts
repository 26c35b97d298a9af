import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import type { Actor } from "@/lib/policy/actor";
import { claimRelationScope } from "@/lib/claims/scope";
import type { DeleteClaimRelationInput } from "./schemas";

/** Editors and up: removes a relation recorded by mistake. Audited with what it was; detection re-runs. */
export async function deleteClaimRelation(actor: Actor, input: DeleteClaimRelationInput): Promise<void> {
  authorize(actor, "claim.update");
  const removed = await db.$transaction(async (tx) => {
    const relation = await tx.claimRelation.findFirst({
      where: { ...claimRelationScope(actor, input.relationId), fromClaim: { deletedAt: null } },
      select: { id: true, kind: true, fromClaimId: true, toClaimId: true, note: true },
    });
    if (!relation) throw new NotFoundError("Relation");
    await tx.claimRelation.deleteMany({ where: claimRelationScope(actor, relation.id) });
    await recordAuditEvent(tx, actor, {
      action: "claim.relation_deleted",
      entityType: "Claim",
      entityId: relation.fromClaimId,
      before: relation,
    });
    return relation;
  });
  await requestConflictDetection(actor, [removed.fromClaimId, removed.toClaimId]);
}
