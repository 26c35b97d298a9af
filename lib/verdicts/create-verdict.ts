import { db, type Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { claimScope } from "@/lib/claims/scope";
import { writeRevision } from "@/lib/verdicts/write-revision";
import { preservingSources } from "@/lib/sources/request-preservation";
import type { VerdictChangeOrigin } from "@/lib/verdicts/apply-verdict-event";
import type { Actor } from "@/lib/policy/actor";
import type { CreateVerdictInput } from "@/lib/verdicts/schemas";

export interface CreatedVerdict {
  id: string;
  revision: number;
  lockVersion: number;
}

/** Editors and up: drafts a verdict on a claim (revision 1, status DRAFT). Audited. */
export async function createVerdict(actor: Actor, input: CreateVerdictInput): Promise<{ id: string }> {
  const created = await preservingSources(() => db.$transaction((tx) => createVerdictIn(tx, actor, input)));
  return { id: created.id };
}

/**
 * createVerdict inside the caller's transaction: the claim is loaded through
 * its scope (else NotFoundError) and "verdict.draft" authorized on it (else
 * ForbiddenError); `origin` goes into the audit event.
 */
export async function createVerdictIn(
  tx: Tx,
  actor: Actor,
  input: CreateVerdictInput,
  origin?: VerdictChangeOrigin,
): Promise<CreatedVerdict> {
  const claim = await tx.claim.findFirst({
    where: claimScope(actor, input.claimId),
    select: { id: true, workspaceId: true },
  });
  if (!claim) throw new NotFoundError("Claim");
  authorize(actor, "verdict.draft", { workspaceId: claim.workspaceId });
  const verdict = await tx.verdict.create({
    data: { workspaceId: claim.workspaceId, claimId: claim.id, authorId: actor.userId },
    select: { id: true, lockVersion: true },
  });
  const revision = await writeRevision(tx, actor, verdict.id, input);
  await recordAuditEvent(tx, actor, {
    action: "verdict.created",
    entityType: "Verdict",
    entityId: verdict.id,
    after: {
      claimId: claim.id,
      ratingKey: input.ratingKey,
      summary: input.summary,
      evidence: input.evidence.length,
      revision: revision.number,
      ...origin,
    },
  });
  return { id: verdict.id, revision: revision.number, lockVersion: verdict.lockVersion };
}
