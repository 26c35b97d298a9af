import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { applyVerdictEvent } from "@/lib/verdicts/apply-verdict-event";
import { detectAfterChange } from "@/lib/conflicts/detect-after-change";
import type { Actor } from "@/lib/policy/actor";
import type { VerdictStepInput } from "@/lib/verdicts/schemas";

/** The author: sends a draft (or a sent-back verdict) to review. Audited. */
export async function submitVerdict(actor: Actor, input: VerdictStepInput): Promise<{ lockVersion: number }> {
  return authorStep(actor, input, "submit");
}

/** The author: takes a submitted verdict back to draft before anyone reviewed it. Audited. */
export async function withdrawVerdict(actor: Actor, input: VerdictStepInput): Promise<{ lockVersion: number }> {
  return authorStep(actor, input, "withdraw");
}

async function authorStep(
  actor: Actor,
  input: VerdictStepInput,
  event: "submit" | "withdraw",
): Promise<{ lockVersion: number }> {
  authorize(actor, "verdict.draft");
  const step = await db.$transaction(async (tx) => {
    const applied = await applyVerdictEvent(tx, actor, input, event);
    await recordAuditEvent(tx, actor, {
      action: `verdict.${event === "submit" ? "submitted" : "withdrawn"}`,
      entityType: "Verdict",
      entityId: applied.id,
      before: { status: applied.from },
      after: { status: applied.to },
    });
    return applied;
  });
  // a submitted verdict is an opinion that may disagree with a colleague's; a withdrawn one no longer is
  await detectAfterChange(actor, [step.claimId]);
  return { lockVersion: step.lockVersion };
}
