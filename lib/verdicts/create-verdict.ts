import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { claimScope } from "@/lib/claims/scope";
import { writeRevision } from "@/lib/verdicts/write-revision";
import { preservingSources } from "@/lib/sources/request-preservation";
import type { Actor } from "@/lib/policy/actor";
import type { CreateVerdictInput } from "@/lib/verdicts/schemas";

/** Editors and up: drafts a verdict on a claim (revision 1, status DRAFT). Audited. */
export async function createVerdict(actor: Actor, input: CreateVerdictInput): Promise<{ id: string }> {
  authorize(actor, "verdict.draft");
  return preservingSources(() =>
    db.$transaction(async (tx) => {
      const claim = await tx.claim.findFirst({ where: claimScope(actor, input.claimId), select: { id: true } });
      if (!claim) throw new NotFoundError("Claim");
      const verdict = await tx.verdict.create({
        data: { workspaceId: actor.workspaceId, claimId: claim.id, authorId: actor.userId },
        select: { id: true },
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
        },
      });
      return verdict;
    }),
  );
}
