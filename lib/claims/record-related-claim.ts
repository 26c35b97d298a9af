import { z } from "zod";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { CreateAnnotationInputSchema } from "@/lib/annotations/schemas";
import { insertAnnotation } from "@/lib/annotations/create-annotation";
import { annotationScope } from "@/lib/annotations/scope";
import { EXTRACTABLE_ANNOTATION, extractAnnotation } from "@/lib/claims/appearances/extract-annotation";
import { suggestClaimFields } from "@/lib/claims/extract/suggest-claim-fields";
import { ClaimRelationFieldsSchema } from "@/lib/claims/relations/schemas";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { insertClaim } from "@/lib/claims/create-claim";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import type { Actor } from "@/lib/policy/actor";

export const RecordRelatedClaimInputSchema = z.object({
  /** the claim the sentence differs from: the new claim relates to it */
  claimId: z.string().min(1),
  span: CreateAnnotationInputSchema.pick({ articleId: true, versionId: true, start: true, end: true, exact: true }),
  relation: ClaimRelationFieldsSchema.omit({ toClaimId: true }),
});
export type RecordRelatedClaimInput = z.infer<typeof RecordRelatedClaimInputSchema>;

/**
 * Editors and up: "record as a relation" for a sentence that differs from a
 * claim — the sentence becomes a claim passage, a new claim is made from it
 * (statement, claimant and figure as the passage states them) and related to
 * the claim (misquotes, contradicts, updates, translation of). One
 * transaction: a refusal (another workspace's claim, a stale version, a
 * duplicate relation) writes nothing. Audited; detection runs after the commit.
 */
export async function recordRelatedClaim(actor: Actor, input: RecordRelatedClaimInput): Promise<{ id: string }> {
  authorize(actor, "claim.create");
  const created = await db.$transaction(async (tx) => {
    const annotation = await insertAnnotation(tx, actor, { ...input.span, kind: "CLAIM", body: "", tags: [] });
    const row = await tx.annotation.findFirst({
      where: annotationScope(actor, annotation.id),
      select: EXTRACTABLE_ANNOTATION,
    });
    if (!row) throw new NotFoundError("Annotation");
    const suggestion = suggestClaimFields(row.exact, extractAnnotation(row));
    const claim = CreateClaimInputSchema.parse({
      annotationId: annotation.id,
      statement: suggestion.statement,
      claimant: suggestion.claimant ?? undefined,
      relation: { ...input.relation, toClaimId: input.claimId },
    });
    return insertClaim(tx, actor, claim);
  });
  await requestConflictDetection(actor, [created.id, input.claimId]);
  return created;
}
