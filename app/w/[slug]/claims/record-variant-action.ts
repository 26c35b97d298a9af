"use server";

import { z } from "zod";
import { getActor } from "@/lib/auth/session";
import { runAction, type ActionResult } from "@/lib/http/action-result";
import { CreateAnnotationInputSchema } from "@/lib/annotations/schemas";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { getPassageExtraction } from "@/lib/claims/get-passage-extraction";
import { createClaim } from "@/lib/claims/create-claim";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { ClaimRelationFieldsSchema } from "@/lib/claims/relations/schemas";

const RecordVariantInputSchema = z.object({
  /** the claim the suggested sentence differs from: the new claim relates to it */
  claimId: z.string().min(1),
  span: CreateAnnotationInputSchema.pick({ articleId: true, versionId: true, start: true, end: true, exact: true }),
  relation: ClaimRelationFieldsSchema.omit({ toClaimId: true }),
});

/**
 * "Record as a relation" for a suggested sentence that differs from a claim:
 * the sentence becomes a claim passage, a new claim is made from it (statement
 * and claimant as the passage suggests them) and related to the claim.
 * Three use cases in a row, not one transaction: if the claim cannot be made,
 * the new annotation is removed again, as addSuggestedAppearance does.
 * (A single lib use case would make this atomic; see the UI report.)
 */
export async function recordVariantAsRelationAction(slug: string, input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await getActor(slug);
    const { claimId, span, relation } = RecordVariantInputSchema.parse(input);
    const annotation = await createAnnotation(actor, { ...span, kind: "CLAIM", body: "", tags: [] });
    try {
      const { suggestion } = await getPassageExtraction(actor, annotation.id);
      const claim = CreateClaimInputSchema.parse({
        annotationId: annotation.id,
        statement: suggestion.statement,
        claimant: suggestion.claimant ?? undefined,
        relation: { ...relation, toClaimId: claimId },
      });
      return await createClaim(actor, claim);
    } catch (error) {
      await deleteAnnotation(actor, { annotationId: annotation.id }).catch(() => undefined);
      throw error;
    }
  }, "New claim recorded with its relation.");
}
