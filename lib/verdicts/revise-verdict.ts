import type { Tx } from "@/lib/db/client";
import { notifyingTransaction } from "@/lib/notifications/notify";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { applyVerdictEvent, loadVerdictFor, type VerdictChangeOrigin } from "@/lib/verdicts/apply-verdict-event";
import { writeRevision } from "@/lib/verdicts/write-revision";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import { preservingSources } from "@/lib/sources/request-preservation";
import type { Actor } from "@/lib/policy/actor";
import type { ReviseVerdictInput } from "@/lib/verdicts/schemas";

export interface RevisedVerdict {
  id: string;
  claimId: string;
  revision: number;
  lockVersion: number;
}

/**
 * The author: edits a verdict, which adds a revision. Editing an approved (or
 * rejected, or sent-back) verdict returns it to DRAFT, so it must be reviewed
 * again; earlier revisions stay as they were. Audited.
 */
export async function reviseVerdict(
  actor: Actor,
  input: ReviseVerdictInput,
): Promise<{ revision: number; lockVersion: number }> {
  const revised = await preservingSources(() => notifyingTransaction((tx) => reviseVerdictIn(tx, actor, input)));
  // the revised verdict goes back to draft: it no longer counts as an opinion until submitted again
  await requestConflictDetection(actor, [revised.claimId]);
  return { revision: revised.revision, lockVersion: revised.lockVersion };
}

/**
 * reviseVerdict inside the caller's transaction: only the author (policy
 * "verdict.edit", on the loaded verdict); `origin` goes into the audit event.
 */
export async function reviseVerdictIn(
  tx: Tx,
  actor: Actor,
  input: ReviseVerdictInput,
  origin?: VerdictChangeOrigin,
): Promise<RevisedVerdict> {
  const verdict = await loadVerdictFor(tx, actor, input.verdictId, "revise");
  const step = await applyVerdictEvent(tx, actor, verdict, input, "revise");
  const revision = await writeRevision(tx, actor, step.id, input);
  await recordAuditEvent(tx, actor, {
    action: "verdict.revised",
    entityType: "Verdict",
    entityId: step.id,
    before: { status: step.from },
    after: {
      status: step.to,
      revision: revision.number,
      ratingKey: input.ratingKey,
      summary: input.summary,
      ...origin,
    },
  });
  return { id: step.id, claimId: step.claimId, revision: revision.number, lockVersion: step.lockVersion };
}
