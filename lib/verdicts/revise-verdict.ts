import { notifyingTransaction } from "@/lib/notifications/notify";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { applyVerdictEvent } from "@/lib/verdicts/apply-verdict-event";
import { writeRevision } from "@/lib/verdicts/write-revision";
import { detectAfterChange } from "@/lib/conflicts/detect-after-change";
import { preservingSources } from "@/lib/sources/request-preservation";
import type { Actor } from "@/lib/policy/actor";
import type { ReviseVerdictInput } from "@/lib/verdicts/schemas";

/**
 * The author: edits a verdict, which adds a revision. Editing an approved (or
 * rejected, or sent-back) verdict returns it to DRAFT, so it must be reviewed
 * again; earlier revisions stay as they were. Audited.
 */
export async function reviseVerdict(
  actor: Actor,
  input: ReviseVerdictInput,
): Promise<{ revision: number; lockVersion: number }> {
  authorize(actor, "verdict.draft");
  const revised = await preservingSources(() =>
    notifyingTransaction(async (tx) => {
      const step = await applyVerdictEvent(tx, actor, input, "revise");
      const revision = await writeRevision(tx, actor, step.id, input);
      await recordAuditEvent(tx, actor, {
        action: "verdict.revised",
        entityType: "Verdict",
        entityId: step.id,
        before: { status: step.from },
        after: { status: step.to, revision: revision.number, ratingKey: input.ratingKey, summary: input.summary },
      });
      return { claimId: step.claimId, revision: revision.number, lockVersion: step.lockVersion };
    }),
  );
  // the revised verdict goes back to draft: it no longer counts as an opinion until submitted again
  await detectAfterChange(actor, [revised.claimId]);
  return { revision: revised.revision, lockVersion: revised.lockVersion };
}
