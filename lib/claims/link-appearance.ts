import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { annotationScope } from "@/lib/annotations/scope";
import { claimScope } from "@/lib/claims/scope";
import type { Actor } from "@/lib/policy/actor";
import type { LinkAppearanceInput } from "@/lib/claims/schemas";

/** Editors and up: records that an annotated span (in any article) states an existing claim. Audited. */
export async function linkAppearance(actor: Actor, input: LinkAppearanceInput): Promise<void> {
  authorize(actor, "claim.update");
  await db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: claimScope(actor, input.claimId), select: { id: true } });
    if (!claim) throw new NotFoundError("Claim");
    const annotation = await tx.annotation.findFirst({ where: annotationScope(actor, input.annotationId), select: { id: true } });
    if (!annotation) throw new NotFoundError("Annotation");
    const existing = await tx.claimAppearance.findUnique({ where: { claimId_annotationId: { claimId: claim.id, annotationId: annotation.id } } });
    if (existing) throw new ConflictError("This passage is already an appearance of the claim.");
    const appearance = await tx.claimAppearance.create({
      data: { workspaceId: actor.workspaceId, claimId: claim.id, annotationId: annotation.id, createdById: actor.userId },
      select: { id: true },
    });
    await tx.annotation.updateMany({ where: annotationScope(actor, annotation.id), data: { kind: "CLAIM", revision: { increment: 1 } } });
    await recordAuditEvent(tx, actor, { action: "claim.appearance_linked", entityType: "Claim", entityId: claim.id, after: { annotationId: annotation.id, appearanceId: appearance.id } });
  });
}
