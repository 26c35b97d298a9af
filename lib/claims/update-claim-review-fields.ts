import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { claimScope } from "@/lib/claims/scope";
import { requirePublishedChangeNote } from "@/lib/corrections/require-published-change-note";
import type { Actor } from "@/lib/policy/actor";
import type { UpdateClaimReviewFieldsInput } from "@/lib/claims/claim-review-fields-schemas";

const FIELDS = { shortStatement: true, claimant: true, claimDate: true, firstAppearanceUrl: true } as const;

/**
 * Editors and up (claim.update), from the ClaimReview preflight: the short
 * form of the statement (claimReviewed), the claimant, the claim's date and
 * where it first appeared. All four are in the published ClaimReview, so as
 * with the statement (updateClaim) a change to any of them on a claim a
 * published report shows is a correction: it needs a note
 * (requirePublishedChangeNote). Audited with before/after when it changes.
 */
export async function updateClaimReviewFields(actor: Actor, input: UpdateClaimReviewFieldsInput): Promise<void> {
  authorize(actor, "claim.update");
  const { claimId, correctionNote, ...fields } = input;
  await db.$transaction(async (tx) => {
    const before = await tx.claim.findFirst({ where: claimScope(actor, claimId), select: FIELDS });
    if (!before) throw new NotFoundError("Claim");
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter(
      (key) => String(before[key]?.valueOf() ?? "") !== String(fields[key]?.valueOf() ?? ""),
    );
    if (changed.length === 0) return;
    // each of these fields is in the published ClaimReview (claimReviewed, itemReviewed's author, date and first appearance)
    const what = changed.includes("shortStatement")
      ? "Editing the claim's short form"
      : "Editing the claim's claimant, date or first appearance";
    await requirePublishedChangeNote(tx, actor, { claimIds: [claimId], what, note: correctionNote });
    await tx.claim.updateMany({ where: claimScope(actor, claimId), data: fields });
    await recordAuditEvent(tx, actor, {
      action: "claim.review_fields_updated",
      entityType: "Claim",
      entityId: claimId,
      before,
      after: { ...fields, ...(correctionNote ? { correctionNote } : {}) },
    });
  });
}
