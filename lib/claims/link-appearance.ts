import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { annotationScope } from "@/lib/annotations/scope";
import { claimScope } from "@/lib/claims/scope";
import { EXTRACTABLE_ANNOTATION, extractAnnotation } from "@/lib/claims/appearances/extract-annotation";
import { loadClaimContent } from "@/lib/claims/appearances/claim-content";
import { insertAppearance } from "@/lib/claims/appearances/insert-appearance";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import type { AppearanceDifference } from "@/lib/claims/agreement/compare-passage";
import type { Actor } from "@/lib/policy/actor";
import type { LinkAppearanceInput } from "@/lib/claims/schemas";

/**
 * Editors and up: records that an annotated span (in any article) states an
 * existing claim. A passage that differs from the claim needs a note (see
 * insertAppearance). Audited; conflict detection runs after the commit.
 */
export async function linkAppearance(
  actor: Actor,
  input: LinkAppearanceInput,
): Promise<{ appearanceId: string; differences: AppearanceDifference[] }> {
  authorize(actor, "claim.update");
  const linked = await db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: claimScope(actor, input.claimId), select: { id: true } });
    if (!claim) throw new NotFoundError("Claim");
    const annotation = await tx.annotation.findFirst({
      where: annotationScope(actor, input.annotationId),
      select: EXTRACTABLE_ANNOTATION,
    });
    if (!annotation) throw new NotFoundError("Annotation");
    const existing = await tx.claimAppearance.findUnique({
      where: { claimId_annotationId: { claimId: claim.id, annotationId: annotation.id } },
      select: { id: true },
    });
    if (existing) throw new ConflictError("This passage is already an appearance of the claim.");
    const content = await loadClaimContent(tx, actor.workspaceId, claim.id);
    if (!content) throw new NotFoundError("Claim");
    const appearance = await insertAppearance(tx, actor, {
      claimId: claim.id,
      annotationId: annotation.id,
      extraction: extractAnnotation(annotation),
      claim: content,
      differenceNote: input.differenceNote,
    });
    return { appearanceId: appearance.id, differences: appearance.differences };
  });
  await requestConflictDetection(actor, [input.claimId]);
  return linked;
}
