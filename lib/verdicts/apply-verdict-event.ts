import type { Tx } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import type { VerdictEvent } from "@/lib/policy/verdict-events";
import { nextState } from "@/lib/verdicts/transitions";
import { authorize, VERDICT_EVENT_ACTION } from "@/lib/policy/policy";
import { verdictScope } from "@/lib/verdicts/scope";
import { queueWebhookEvent } from "@/lib/webhooks/queue-webhook-event";
import { changesPublishedOutput, requireCorrectionNote } from "@/lib/verdicts/require-correction-note";
import type { VerdictStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";

/** A verdict as a lifecycle step needs it: loaded once, through the scope, by loadVerdictFor. */
export interface LoadedVerdict {
  id: string;
  workspaceId: string;
  claimId: string;
  authorId: string;
  status: VerdictStatus;
  lockVersion: number;
}

export interface AppliedEvent {
  id: string;
  claimId: string;
  authorId: string;
  from: VerdictStatus;
  to: VerdictStatus;
  lockVersion: number;
}

/**
 * What made a verdict change when it is one step of another use case (a
 * conflict resolution writes the resolver's verdict): recorded in the step's
 * audit event beside its own fields.
 */
export interface VerdictChangeOrigin {
  conflictId: string;
}

/**
 * SECURITY: loads the verdict through the workspace scope (else NotFoundError)
 * and authorizes `event` on the loaded row — its workspace and its author
 * (policy VERDICT_EVENT_ACTION: roles, authorship, four-eyes) — so a visible
 * verdict the actor may not move is a ForbiddenError before anything else.
 */
export async function loadVerdictFor(
  tx: Tx,
  actor: Actor,
  verdictId: string,
  event: VerdictEvent,
): Promise<LoadedVerdict> {
  const verdict = await tx.verdict.findFirst({
    where: verdictScope(actor, verdictId),
    select: { id: true, workspaceId: true, claimId: true, authorId: true, status: true, lockVersion: true },
  });
  if (!verdict) throw new NotFoundError("Verdict");
  authorize(actor, VERDICT_EVENT_ACTION[event], { workspaceId: verdict.workspaceId, authorId: verdict.authorId });
  return verdict;
}

/**
 * Moves a verdict loaded (and authorized) by loadVerdictFor through its
 * lifecycle, inside the caller's transaction: the transition table decides
 * (states, reasons), and the update only succeeds if nobody changed the
 * verdict since the actor saw `lockVersion` — of two reviewers acting at once,
 * exactly one wins; the other gets a ConflictError and nothing of theirs is
 * written. A change to what published reports show (see
 * changesPublishedOutput) needs `correctionNote` while the claim is in a
 * published report, and records it on each such report.
 */
export async function applyVerdictEvent(
  tx: Tx,
  actor: Actor,
  verdict: LoadedVerdict,
  input: { lockVersion: number; correctionNote?: string | null },
  event: VerdictEvent,
  reason?: string | null,
): Promise<AppliedEvent> {
  if (verdict.lockVersion !== input.lockVersion) throw staleError();
  const to = nextState(verdict.status, event, reason ?? null);
  if (changesPublishedOutput(verdict.status, event)) {
    await requireCorrectionNote(tx, actor, {
      verdictId: verdict.id,
      claimId: verdict.claimId,
      authorId: verdict.authorId,
      note: input.correctionNote ?? null,
      approving: event === "approve",
    });
  }
  const { count } = await tx.verdict.updateMany({
    where: { ...verdictScope(actor, verdict.id), lockVersion: input.lockVersion },
    data: { status: to, lockVersion: { increment: 1 } },
  });
  if (count === 0) throw staleError();
  if (to === "APPROVED")
    await queueWebhookEvent(tx, verdict.workspaceId, "verdict.approved", { verdictId: verdict.id });
  return {
    id: verdict.id,
    claimId: verdict.claimId,
    authorId: verdict.authorId,
    from: verdict.status,
    to,
    lockVersion: input.lockVersion + 1,
  };
}

function staleError(): ConflictError {
  return new ConflictError(
    "Someone else changed this verdict a moment ago. Reload to see its current state; your action was not applied.",
  );
}
