import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { applyVerdictEvent } from "@/lib/verdicts/apply-verdict-event";
import { DECISION_EVENT } from "@/lib/verdicts/transitions";
import { verdictScope } from "@/lib/verdicts/scope";
import { NotFoundError } from "@/lib/errors";
import { acknowledgeAppearanceWarnings } from "@/lib/verdicts/acknowledge-appearance-warnings";
import type { Actor } from "@/lib/policy/actor";
import type { ReviewVerdictInput } from "@/lib/verdicts/schemas";
import { notify, notifyingTransaction } from "@/lib/notifications/notify";
import { verdictReviewedNotification } from "@/lib/notifications/verdict-reviewed-notification";
import { detectAfterChange } from "@/lib/conflicts/detect-after-change";

/**
 * Reviewers and up, never on their own verdict (four-eyes): approves, rejects
 * or requests changes (the last two with a reason). Records a Review naming the
 * revision the reviewer saw. Of two reviewers acting at once, one wins and the
 * other gets a ConflictError. An approval acknowledges the claim's appearance
 * warnings and is refused without that (acknowledgeAppearanceWarnings). Audited.
 */
export async function reviewVerdict(actor: Actor, input: ReviewVerdictInput): Promise<{ lockVersion: number }> {
  const reviewed = await notifyingTransaction(async (tx) => {
    const verdict = await tx.verdict.findFirst({
      where: verdictScope(actor, input.verdictId),
      select: {
        authorId: true,
        claimId: true,
        revisions: { orderBy: { number: "desc" }, take: 1, select: { id: true, number: true } },
      },
    });
    if (!verdict) throw new NotFoundError("Verdict");
    authorize(actor, "verdict.review", { workspaceId: actor.workspaceId, authorId: verdict.authorId });
    const acknowledged =
      input.decision === "APPROVE"
        ? await acknowledgeAppearanceWarnings(tx, actor, verdict.claimId, input.acknowledgeWarnings)
        : [];
    const step = await applyVerdictEvent(tx, actor, input, DECISION_EVENT[input.decision], input.reason);
    const revision = verdict.revisions[0]!;
    const acknowledgedSummaries =
      acknowledged.length > 0
        ? acknowledged.map((w) => ({ appearanceId: w.appearanceId, kind: w.kind, summary: w.summary }))
        : undefined;
    await tx.review.create({
      data: {
        workspaceId: actor.workspaceId,
        verdictId: step.id,
        revisionId: revision.id,
        reviewerId: actor.userId,
        decision: input.decision,
        reason: input.reason,
        ...(acknowledgedSummaries ? { acknowledged: acknowledgedSummaries } : {}),
      },
    });
    await notify(tx, actor.userId, [
      await verdictReviewedNotification(tx, actor, {
        claimId: verdict.claimId,
        authorId: verdict.authorId,
        decision: input.decision,
        reason: input.reason,
      }),
    ]);
    // last: the audit insert takes the workspace's audit-chain lock until commit (lib/audit/README.md)
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
  });
  // a rejected verdict stops counting as its author's opinion; an approved one stays one
  await detectAfterChange(actor, [reviewed.claimId]);
  return { lockVersion: reviewed.lockVersion };
}
