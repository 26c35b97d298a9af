import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { claimScope } from "@/lib/claims/scope";
import { CLAIM_VALUE_FIELDS } from "@/lib/claims/claim-value-fields";
import { recheckAppearances } from "@/lib/claims/appearances/recheck-appearances";
import { requirePublishedChangeNote } from "@/lib/corrections/require-published-change-note";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import type { Actor } from "@/lib/policy/actor";
import type { UpdateClaimInput } from "@/lib/claims/schemas";

const FIELDS = { ...CLAIM_VALUE_FIELDS, claimDate: true } as const;

/**
 * Editors and up: edits the statement, claimant, date and structured value.
 * A new statement, claimant or date for a claim a published report shows
 * needs a correction note (requirePublishedChangeNote): published reports and
 * their ClaimReview show them. The appearances are compared with the
 * edited claim again. Audited with before/after; detection re-runs.
 */
export async function updateClaim(actor: Actor, input: UpdateClaimInput): Promise<void> {
  authorize(actor, "claim.update");
  const { claimId, correctionNote, ...fields } = input;
  await db.$transaction(async (tx) => {
    const before = await tx.claim.findFirst({ where: claimScope(actor, claimId), select: FIELDS });
    if (!before) throw new NotFoundError("Claim");
    const published = publishedChange(before, fields);
    if (published)
      await requirePublishedChangeNote(tx, actor, { claimIds: [claimId], what: published, note: correctionNote });
    await tx.claim.updateMany({ where: claimScope(actor, claimId), data: fields });
    await recheckAppearances(tx, actor, claimId);
    await recordAuditEvent(tx, actor, {
      action: "claim.updated",
      entityType: "Claim",
      entityId: claimId,
      before,
      after: { ...fields, ...(correctionNote ? { correctionNote } : {}) },
    });
  });
  await requestConflictDetection(actor, [claimId]);
}

/** What of a published claim's record the edit changes, worded for the refusal; null when it changes none of it. */
function publishedChange(
  before: { statement: string; claimant: string | null; claimDate: Date | null },
  after: Pick<UpdateClaimInput, "statement" | "claimant" | "claimDate">,
): string | null {
  if (before.statement !== after.statement) return "Editing the claim's statement";
  const day = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? "";
  if ((before.claimant ?? "") !== (after.claimant ?? "") || day(before.claimDate) !== day(after.claimDate))
    return "Editing the claim's claimant or date";
  return null;
}
