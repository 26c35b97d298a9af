import { db, type Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import {
  applyVerdictEvent,
  loadVerdictFor,
  type AppliedEvent,
  type VerdictChangeOrigin,
} from "@/lib/verdicts/apply-verdict-event";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import type { Actor } from "@/lib/policy/actor";
import type { VerdictStepInput } from "@/lib/verdicts/schemas";

/** The author: sends a draft (or a sent-back verdict) to review. Audited. */
export async function submitVerdict(actor: Actor, input: VerdictStepInput): Promise<{ lockVersion: number }> {
  return inOwnTransaction(actor, (tx) => submitVerdictIn(tx, actor, input));
}

/** The author: takes a submitted verdict back to draft before anyone reviewed it. Audited. */
export async function withdrawVerdict(actor: Actor, input: VerdictStepInput): Promise<{ lockVersion: number }> {
  return inOwnTransaction(actor, (tx) => withdrawVerdictIn(tx, actor, input));
}

/** submitVerdict inside the caller's transaction (only the author, policy "verdict.submit"); `origin` goes into the audit event. */
export async function submitVerdictIn(
  tx: Tx,
  actor: Actor,
  input: VerdictStepInput,
  origin?: VerdictChangeOrigin,
): Promise<AppliedEvent> {
  return authorStepIn(tx, actor, input, "submit", origin);
}

/** withdrawVerdict inside the caller's transaction (only the author, policy "verdict.submit"); `origin` goes into the audit event. */
export async function withdrawVerdictIn(
  tx: Tx,
  actor: Actor,
  input: VerdictStepInput,
  origin?: VerdictChangeOrigin,
): Promise<AppliedEvent> {
  return authorStepIn(tx, actor, input, "withdraw", origin);
}

async function authorStepIn(
  tx: Tx,
  actor: Actor,
  input: VerdictStepInput,
  event: "submit" | "withdraw",
  origin: VerdictChangeOrigin | undefined,
): Promise<AppliedEvent> {
  const verdict = await loadVerdictFor(tx, actor, input.verdictId, event);
  const applied = await applyVerdictEvent(tx, actor, verdict, input, event);
  await recordAuditEvent(tx, actor, {
    action: `verdict.${event === "submit" ? "submitted" : "withdrawn"}`,
    entityType: "Verdict",
    entityId: applied.id,
    before: { status: applied.from },
    after: { status: applied.to, ...origin },
  });
  return applied;
}

async function inOwnTransaction(
  actor: Actor,
  step: (tx: Tx) => Promise<AppliedEvent>,
): Promise<{ lockVersion: number }> {
  const applied = await db.$transaction(step);
  // a submitted verdict is an opinion that may disagree with a colleague's; a withdrawn one no longer is
  await requestConflictDetection(actor, [applied.claimId]);
  return { lockVersion: applied.lockVersion };
}
