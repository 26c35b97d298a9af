import type { Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { applyVerdictEvent, loadVerdictFor } from "@/lib/verdicts/apply-verdict-event";
import { DECISION_EVENT } from "@/lib/verdicts/transitions";
import { revisionScope } from "@/lib/verdicts/scope";
import { acknowledgeAppearanceWarnings } from "@/lib/verdicts/acknowledge-appearance-warnings";
import type { Actor } from "@/lib/policy/actor";
import type { ReviewVerdictInput } from "@/lib/verdicts/schemas";
import { notify, notifyingTransaction } from "@/lib/notifications/notify";
import { verdictReviewedNotification } from "@/lib/verdicts/verdict-reviewed-notification";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";

/**
 * Reviewers and up, never on their own verdict (four-eyes): approves, rejects
 * or requests changes (the last two with a reason). Records a Review naming the
 * revision the reviewer saw. Of two reviewers acting at once, one wins and the
 * other gets a ConflictError. An approval acknowledges the claim's appearance
 * warnings and is refused without that (acknowledgeAppearanceWarnings). The
 * author is notified (the mail goes out after the commit). Audited.
 */
export async function reviewVerdict(actor: Actor, input: ReviewVerdictInput): Promise<{ lockVersion: number }> {
  const reviewed = await notifyingTransaction((tx) => reviewVerdictIn(tx, actor, input));
  // a rejected verdict stops counting as its author's opinion; an approved one stays one
  await requestConflictDetection(actor, [reviewed.claimId]);
  return { lockVersion: reviewed.lockVersion };
}

/**
 * reviewVerdict inside the caller's transaction: the verdict is loaded once
 * and "verdict.review" authorized on it (roles and the four-eyes rule, policy
 * VERDICT_EVENT_ACTION) before anything else is checked or written.
 */
export async function reviewVerdictIn(
  tx: Tx,
  actor: Actor,
  input: ReviewVerdictInput,
): Promise<{ claimId: string; lockVersion: number }> {
  const event = DECISION_EVENT[input.decision];
  const verdict = await loadVerdictFor(tx, actor, input.verdictId, event);
  const revision = await tx.verdictRevision.findFirstOrThrow({
    where: { ...revisionScope(actor), verdictId: verdict.id },
    orderBy: { number: "desc" },
    select: { id: true, number: true },
  });
  const acknowledged =
    input.decision === "APPROVE"
      ? await acknowledgeAppearanceWarnings(tx, actor, verdict.claimId, input.acknowledgeWarnings)
      : [];
  const step = await applyVerdictEvent(tx, actor, verdict, input, event, input.reason);
  const acknowledgedSummaries =
    acknowledged.length > 0
      ? acknowledged.map((w) => ({ appearanceId: w.appearanceId, kind: w.kind, summary: w.summary }))
      : undefined;
  await tx.review.create({
    data: {
      workspaceId: verdict.workspaceId,
      verdictId: step.id,
      revisionId: revision.id,
      reviewerId: actor.userId,
      decision: input.decision,
      reason: input.reason,
      ...(acknowledgedSummaries ? { acknowledged: acknowledgedSummaries } : {}),
    },
  });
  // before the audit event: the notification is written in this transaction, and the audit insert
  // takes the workspace's audit-chain lock until commit (lib/audit/README.md)
  await notify(tx, actor.userId, [
    await verdictReviewedNotification(tx, actor, {
      claimId: verdict.claimId,
      authorId: verdict.authorId,
      decision: input.decision,
      reason: input.reason,
    }),
  ]);
  await recordAuditEvent(tx, actor, {
    action: "verdict.reviewed",
    entityType: "Verdict",
    entityId: step.id,
    before: { status: step.from },
    after: {
      status: step.to,
      decision: input.decision,
      reason: input.reason,
      revision: revision.number,
      ...(acknowledgedSummaries ? { acknowledged: acknowledgedSummaries } : {}),
    },
  });
  return { claimId: verdict.claimId, lockVersion: step.lockVersion };
}
