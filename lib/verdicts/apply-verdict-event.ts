import type { Tx } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { nextState, type VerdictEvent } from "@/lib/verdicts/transitions";
import { authorize, type Action } from "@/lib/policy/policy";
import { verdictScope } from "@/lib/verdicts/scope";
import { queueWebhookEvent } from "@/lib/webhooks/queue-webhook-event";
import { changesPublishedOutput, requireCorrectionNote } from "@/lib/verdicts/require-correction-note";
import type { VerdictStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";

export interface AppliedEvent {
  id: string;
  claimId: string;
  authorId: string;
  from: VerdictStatus;
  to: VerdictStatus;
  lockVersion: number;
}

/**
 * Moves a verdict through its lifecycle inside a transaction: the transition
 * table decides (roles, authorship, four-eyes, reasons), and the update only
 * succeeds if nobody changed the verdict since the actor saw `lockVersion` —
 * of two reviewers acting at once, exactly one wins; the other gets a
 * ConflictError and nothing of theirs is written. A change to what published
 * reports show (see changesPublishedOutput) needs `correctionNote` while the
 * claim is in a published report, and records it on each such report.
 */
export async function applyVerdictEvent(
  tx: Tx,
  actor: Actor,
  input: { verdictId: string; lockVersion: number; correctionNote?: string | null },
  event: VerdictEvent,
  reason?: string | null,
): Promise<AppliedEvent> {
  const verdict = await tx.verdict.findFirst({
    where: verdictScope(actor, input.verdictId),
    select: { id: true, claimId: true, authorId: true, status: true, lockVersion: true },
  });
  if (!verdict) throw new NotFoundError("Verdict");
  // visible but not theirs to move: 403 before the transition table is asked
  authorize(actor, EVENT_ACTION[event], { workspaceId: actor.workspaceId, authorId: verdict.authorId });
  if (verdict.lockVersion !== input.lockVersion) throw staleError();
  const to = nextState(verdict.status, event, {
    role: actor.role,
    isAuthor: verdict.authorId === actor.userId,
    reason: reason ?? null,
  });
  if (changesPublishedOutput(verdict.status, event)) {
    await requireCorrectionNote(tx, actor, {
      verdictId: verdict.id,
      claimId: verdict.claimId,
      note: input.correctionNote ?? null,
      approving: event === "approve",
    });
  }
  const { count } = await tx.verdict.updateMany({
    where: { ...verdictScope(actor, verdict.id), lockVersion: input.lockVersion },
    data: { status: to, lockVersion: { increment: 1 } },
  });
  if (count === 0) throw staleError();
  if (to === "APPROVED") await queueWebhookEvent(tx, actor.workspaceId, "verdict.approved", { verdictId: verdict.id });
  return {
    id: verdict.id,
    claimId: verdict.claimId,
    authorId: verdict.authorId,
    from: verdict.status,
    to,
    lockVersion: input.lockVersion + 1,
  };
}

const EVENT_ACTION: Record<VerdictEvent, Action> = {
  submit: "verdict.submit",
  withdraw: "verdict.submit",
  revise: "verdict.edit",
  approve: "verdict.review",
  reject: "verdict.review",
  request_changes: "verdict.review",
};

function staleError(): ConflictError {
  return new ConflictError(
    "Someone else changed this verdict a moment ago. Reload to see its current state; your action was not applied.",
  );
}
