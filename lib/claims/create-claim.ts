import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { annotationScope } from "@/lib/annotations/scope";
import type { Actor } from "@/lib/policy/actor";
import type { CreateClaimInput } from "@/lib/claims/schemas";

/**
 * Editors and up: turns an annotation into a claim, with the annotated span as
 * its first appearance (the annotation becomes kind CLAIM). Audited.
 */
export async function createClaim(actor: Actor, input: CreateClaimInput): Promise<{ id: string }> {
  authorize(actor, "claim.create");
  const { annotationId, ...fields } = input;
  return db.$transaction(async (tx) => {
    const annotation = await tx.annotation.findFirst({ where: annotationScope(actor, annotationId), select: { id: true } });
    if (!annotation) throw new NotFoundError("Annotation");
    const claim = await tx.claim.create({ data: { workspaceId: actor.workspaceId, ...fields, createdById: actor.userId }, select: { id: true } });
    await tx.claimAppearance.create({ data: { workspaceId: actor.workspaceId, claimId: claim.id, annotationId: annotation.id, createdById: actor.userId } });
    await tx.annotation.updateMany({ where: annotationScope(actor, annotation.id), data: { kind: "CLAIM", revision: { increment: 1 } } });
    await recordAuditEvent(tx, actor, { action: "claim.created", entityType: "Claim", entityId: claim.id, after: { ...fields, annotationId } });
    return claim;
  });
}
