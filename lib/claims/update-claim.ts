import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { claimScope } from "@/lib/claims/scope";
import { CLAIM_VALUE_FIELDS } from "@/lib/claims/claim-value-fields";
import type { Actor } from "@/lib/policy/actor";
import type { UpdateClaimInput } from "@/lib/claims/schemas";

const FIELDS = { ...CLAIM_VALUE_FIELDS, claimDate: true } as const;

/** Editors and up: edits the statement, claimant, date and structured value. Audited with before/after. */
export async function updateClaim(actor: Actor, input: UpdateClaimInput): Promise<void> {
  authorize(actor, "claim.update");
  const { claimId, ...fields } = input;
  await db.$transaction(async (tx) => {
    const before = await tx.claim.findFirst({ where: claimScope(actor, claimId), select: FIELDS });
    if (!before) throw new NotFoundError("Claim");
    await tx.claim.updateMany({ where: claimScope(actor, claimId), data: fields });
    await recordAuditEvent(tx, actor, { action: "claim.updated", entityType: "Claim", entityId: claimId, before, after: fields });
  });
}
