import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { claimScope } from "@/lib/claims/scope";
import type { Actor } from "@/lib/policy/actor";

export interface ClaimReviewFieldsDto {
  shortStatement: string | null;
  claimant: string | null;
  claimDate: Date | null;
  firstAppearanceUrl: string | null;
}

/** Members: the fields of a claim that its ClaimReview markup and public page use (the preflight's fields). */
export async function getClaimReviewFields(actor: Actor, claimId: string): Promise<ClaimReviewFieldsDto> {
  authorize(actor, "article.read");
  const claim = await db.claim.findFirst({
    where: claimScope(actor, claimId),
    select: { shortStatement: true, claimant: true, claimDate: true, firstAppearanceUrl: true },
  });
  if (!claim) throw new NotFoundError("Claim");
  return claim;
}
