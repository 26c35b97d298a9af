import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { annotationScope } from "@/lib/annotations/scope";
import { EXTRACTABLE_ANNOTATION, extractAnnotation } from "@/lib/claims/appearances/extract-annotation";
import { loadClaimContent } from "@/lib/claims/appearances/claim-content";
import { suggestClaimFields, type ClaimFieldsSuggestion } from "@/lib/claims/extract/suggest-claim-fields";
import { comparePassageWithClaim, type AppearanceDifference } from "@/lib/claims/agreement/compare-passage";
import type { PassageExtraction } from "@/lib/claims/extract/extract-passage";
import type { Actor } from "@/lib/policy/actor";

export interface PassageExtractionDto {
  annotationId: string;
  exact: string;
  /** what the passage states: figures, direct quotes with their speakers, the event date */
  extraction: PassageExtraction;
  /** the claim fields a new claim made from this passage starts with */
  suggestion: ClaimFieldsSuggestion;
  /** with `claimId`: how the passage differs from that claim ([] = it agrees), i.e. what linking it would report */
  differences: AppearanceDifference[] | null;
}

/**
 * Any member: what an annotated passage states, the claim fields it suggests
 * and, given a claim, how it differs from it — before anything is linked. A
 * passage with no figure or quote gives an empty extraction, never an error.
 */
export async function getPassageExtraction(
  actor: Actor,
  annotationId: string,
  claimId?: string,
): Promise<PassageExtractionDto> {
  authorize(actor, "article.read");
  const annotation = await db.annotation.findFirst({
    where: annotationScope(actor, annotationId),
    select: EXTRACTABLE_ANNOTATION,
  });
  if (!annotation) throw new NotFoundError("Annotation");
  const extraction = extractAnnotation(annotation);
  const exact = annotation.exact;
  let differences: AppearanceDifference[] | null = null;
  if (claimId !== undefined) {
    const content = await loadClaimContent(db, actor.workspaceId, claimId);
    if (!content) throw new NotFoundError("Claim");
    differences = comparePassageWithClaim(content, extraction);
  }
  return {
    annotationId: annotation.id,
    exact,
    extraction,
    suggestion: suggestClaimFields(exact, extraction),
    differences,
  };
}
