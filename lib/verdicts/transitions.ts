import { InvalidTransitionError } from "@/lib/errors";
import type { ReviewDecision, VerdictStatus } from "@/lib/generated/prisma/enums";
import { roleAtLeast, type Role } from "@/lib/policy/actor";

/**
 * The verdict lifecycle as one pure table (STYLE.md §9). Use cases call
 * `nextState` before they write, inside the transaction that also writes the
 * audit event; it is the single place that decides whether a status change is
 * allowed, so the UI, server actions and the public API cannot disagree.
 *
 *   event            by        from                                    to
 *   submit           author    DRAFT, CHANGES_REQUESTED, REJECTED      SUBMITTED
 *   withdraw         author    SUBMITTED                               DRAFT
 *   revise           author    DRAFT, CHANGES_REQUESTED, REJECTED,     DRAFT
 *                              APPROVED
 *   approve          reviewer  SUBMITTED                               APPROVED
 *   reject           reviewer  SUBMITTED, with a reason                REJECTED
 *   request_changes  reviewer  SUBMITTED, with a reason                CHANGES_REQUESTED
 *
 * Revising an APPROVED verdict opens a new revision in DRAFT: the approval
 * covered the old text, so the new one must go back through review.
 */
export const VERDICT_EVENTS = ["submit", "approve", "reject", "request_changes", "revise", "withdraw"] as const;
export type VerdictEvent = (typeof VERDICT_EVENTS)[number];

export interface TransitionContext {
  role: Role;
  /** Whether the actor wrote the verdict. */
  isAuthor: boolean;
  /** Reviewer's comment; required (non-blank) to reject or request changes. */
  reason?: string | null;
}

type Party = "author" | "reviewer";

/** Who may fire each event. */
const PARTY: Record<VerdictEvent, Party> = {
  submit: "author",
  revise: "author",
  withdraw: "author",
  approve: "reviewer",
  reject: "reviewer",
  request_changes: "reviewer",
};

/** The review decision stored in Review.decision for each reviewer event. */
export const DECISION_EVENT: Record<ReviewDecision, VerdictEvent> = {
  APPROVE: "approve",
  REJECT: "reject",
  REQUEST_CHANGES: "request_changes",
};

/**
 * Pure: the status after `event`, or InvalidTransitionError saying why not.
 * Rules checked in order: the state allows the event; the actor's role
 * (authors EDITOR+, reviewers REVIEWER+); authorship (author events only by the
 * author; reviewer events never by the author — the four-eyes rule); a reason
 * for reject and request_changes. It does not check the workspace: the use
 * case loads the verdict through the workspace scope first (STYLE.md §4), and
 * the role in `ctx` is the actor's role in that workspace.
 */
export function nextState(state: VerdictStatus, event: VerdictEvent, ctx: TransitionContext): VerdictStatus {
  const target = targetOf(state, event);
  if (target === null) throw new InvalidTransitionError(`${STATE_DESCRIPTION[state]} cannot be ${PAST[event]}.`);
  checkActor(event, ctx);
  if ((event === "reject" || event === "request_changes") && !ctx.reason?.trim()) {
    throw new InvalidTransitionError(
      `Give a reason to ${event === "reject" ? "reject" : "request changes on"} a verdict.`,
    );
  }
  return target;
}

/** Events this actor could fire now (reasons aside), for offering buttons. */
export function availableEvents(state: VerdictStatus, ctx: Omit<TransitionContext, "reason">): VerdictEvent[] {
  return VERDICT_EVENTS.filter((event) => {
    try {
      nextState(state, event, { ...ctx, reason: "reason" });
      return true;
    } catch (error) {
      if (error instanceof InvalidTransitionError) return false;
      throw error;
    }
  });
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

function checkActor(event: VerdictEvent, { role, isAuthor }: TransitionContext): void {
  const party = PARTY[event];
  switch (party) {
    case "author":
      if (!roleAtLeast(role, "EDITOR")) throw new InvalidTransitionError(`Your role (${role}) cannot change verdicts.`);
      if (!isAuthor) throw new InvalidTransitionError(`Only the author of a verdict can ${event} it.`);
      return;
    case "reviewer":
      if (!roleAtLeast(role, "REVIEWER"))
        throw new InvalidTransitionError(`Your role (${role}) cannot review verdicts; a reviewer or admin must.`);
      // Four-eyes rule (DESIGN.md): security choke point, do not relax for admins.
      if (isAuthor) throw new InvalidTransitionError("Nobody can review their own verdict: another reviewer must.");
      return;
    default:
      assertNever(party);
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
