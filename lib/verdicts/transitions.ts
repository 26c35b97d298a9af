import { InvalidTransitionError } from "@/lib/errors";
import type { ReviewDecision, VerdictStatus } from "@/lib/generated/prisma/enums";
import { VERDICT_EVENTS, type VerdictEvent } from "@/lib/policy/verdict-events";

/**
 * The verdict lifecycle as one pure table (STYLE.md §9): states, events and
 * reasons. Use cases call `nextState` before they write, inside the
 * transaction that also writes the audit event; it is the single place that
 * decides whether a status change is allowed, so the UI, server actions and
 * the public API cannot disagree. Who may fire an event (roles, authorship,
 * the four-eyes rule) is the policy's answer (lib/policy/policy.ts,
 * VERDICT_EVENT_ACTION), asked on the loaded verdict before this table.
 *
 *   event            from                                    to
 *   submit           DRAFT, CHANGES_REQUESTED, REJECTED      SUBMITTED
 *   withdraw         SUBMITTED                               DRAFT
 *   revise           DRAFT, CHANGES_REQUESTED, REJECTED,     DRAFT
 *                    APPROVED
 *   approve          SUBMITTED                               APPROVED
 *   reject           SUBMITTED, with a reason                REJECTED
 *   request_changes  SUBMITTED, with a reason                CHANGES_REQUESTED
 *
 * Revising an APPROVED verdict opens a new revision in DRAFT: the approval
 * covered the old text, so the new one must go back through review.
 */

/** The review decision stored in Review.decision for each reviewer event. */
export const DECISION_EVENT: Record<ReviewDecision, VerdictEvent> = {
  APPROVE: "approve",
  REJECT: "reject",
  REQUEST_CHANGES: "request_changes",
};

/**
 * Pure: the status after `event`, or InvalidTransitionError saying why not.
 * Checked in order: the state allows the event; reject and request_changes
 * carry a non-blank reason (the reviewer's comment).
 */
export function nextState(state: VerdictStatus, event: VerdictEvent, reason?: string | null): VerdictStatus {
  const target = targetOf(state, event);
  if (target === null) throw new InvalidTransitionError(`${STATE_DESCRIPTION[state]} cannot be ${PAST[event]}.`);
  if ((event === "reject" || event === "request_changes") && !reason?.trim()) {
    throw new InvalidTransitionError(
      `Give a reason to ${event === "reject" ? "reject" : "request changes on"} a verdict.`,
    );
  }
  return target;
}

/**
 * Events the state allows (reasons aside) that `mayFire` permits, for offering
 * buttons; `mayFire` is the policy's answer for this actor and verdict
 * (canFireVerdictEvent in lib/policy/policy.ts).
 */
export function availableEvents(state: VerdictStatus, mayFire: (event: VerdictEvent) => boolean): VerdictEvent[] {
  return VERDICT_EVENTS.filter((event) => targetOf(state, event) !== null && mayFire(event));
}

/** The transition table proper: null = the state does not allow the event. */
function targetOf(state: VerdictStatus, event: VerdictEvent): VerdictStatus | null {
  switch (event) {
    case "submit":
      return state === "DRAFT" || state === "CHANGES_REQUESTED" || state === "REJECTED" ? "SUBMITTED" : null;
    case "approve":
      return state === "SUBMITTED" ? "APPROVED" : null;
    case "reject":
      return state === "SUBMITTED" ? "REJECTED" : null;
    case "request_changes":
      return state === "SUBMITTED" ? "CHANGES_REQUESTED" : null;
    case "revise":
      // A submitted verdict is frozen while a reviewer may be reading it: withdraw first.
      return state === "SUBMITTED" ? null : "DRAFT";
    case "withdraw":
      return state === "SUBMITTED" ? "DRAFT" : null;
    default:
      return assertNever(event);
  }
}

const PAST: Record<VerdictEvent, string> = {
  submit: "submitted",
  approve: "approved",
  reject: "rejected",
  request_changes: "sent back for changes",
  revise: "revised (withdraw it first)",
  withdraw: "withdrawn",
};

const STATE_DESCRIPTION: Record<VerdictStatus, string> = {
  DRAFT: "A draft verdict",
  SUBMITTED: "A submitted verdict",
  APPROVED: "An approved verdict",
  REJECTED: "A rejected verdict",
  CHANGES_REQUESTED: "A verdict sent back for changes",
};

function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${String(value)}`);
}
