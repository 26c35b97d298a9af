import { z } from "zod";
import { CorrectionNoteSchema } from "@/lib/corrections/schemas";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { insertAppearance } from "@/lib/claims/appearances/insert-appearance";
import { loadClaimContent } from "@/lib/claims/appearances/claim-content";
import { EXTRACTABLE_ANNOTATION, extractAnnotation } from "@/lib/claims/appearances/extract-annotation";
import { claimScope } from "@/lib/claims/scope";
import { insertAnnotation } from "@/lib/annotations/create-annotation";
import { annotationScope } from "@/lib/annotations/scope";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";

export const AddSuggestedAppearanceInputSchema = z.object({
  claimId: z.string().min(1),
  articleId: z.string().min(1),
  versionId: z.string().min(1),
  start: z.coerce.number().int(),
  end: z.coerce.number().int(),
  exact: z.string().min(1).max(10_000),
  /** "same claim despite the difference": required when the sentence differs from the claim */
  differenceNote: CorrectionNoteSchema,
});
export type AddSuggestedAppearanceInput = Omit<z.infer<typeof AddSuggestedAppearanceInputSchema>, "differenceNote"> & {
  differenceNote?: string | null;
};

/**
 * Editors and up, on an editor's click: annotates a suggested sentence as a
 * claim passage and links it to the claim, in one transaction — a refusal
 * (another workspace's claim, a stale version, a sentence that differs from
 * the claim without a note: see insertAppearance) writes nothing. Audited;
 * detection runs after the commit.
 */
export async function addSuggestedAppearance(actor: Actor, input: AddSuggestedAppearanceInput): Promise<void> {
  authorize(actor, "claim.update");
  authorize(actor, "annotation.create");
  const { claimId, differenceNote, ...span } = input;
  await db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({ where: claimScope(actor, claimId), select: { id: true } });
    if (!claim) throw new NotFoundError("Claim");
    const content = await loadClaimContent(tx, actor.workspaceId, claim.id);
    if (!content) throw new NotFoundError("Claim");
    const { id } = await insertAnnotation(tx, actor, { ...span, kind: "CLAIM", body: "", tags: [] });
    const annotation = await tx.annotation.findFirstOrThrow({
      where: annotationScope(actor, id),
      select: EXTRACTABLE_ANNOTATION,
    });
    await insertAppearance(tx, actor, {
      claimId: claim.id,
      annotationId: id,
      extraction: extractAnnotation(annotation),
      claim: content,
      differenceNote,
    });
  });
  await requestConflictDetection(actor, [claimId]);
}
