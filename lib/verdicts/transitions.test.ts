import { describe, expect, it } from "vitest";
import { InvalidTransitionError } from "@/lib/errors";
import { ReviewDecision, VerdictStatus } from "@/lib/generated/prisma/enums";
import { ROLES, type Role } from "@/lib/policy/actor";
import { availableEvents, DECISION_EVENT, nextState, VERDICT_EVENTS, type VerdictEvent } from "./transitions";

// The expected lifecycle, written out independently of transitions.ts:
// state → event → resulting state, or "no" when the state refuses the event.
const STATE_TABLE: Record<VerdictStatus, Record<VerdictEvent, VerdictStatus | "no">> = {
  DRAFT: { submit: "SUBMITTED", approve: "no", reject: "no", request_changes: "no", revise: "DRAFT", withdraw: "no" },
  SUBMITTED: {
    submit: "no",
    approve: "APPROVED",
    reject: "REJECTED",
    request_changes: "CHANGES_REQUESTED",
    revise: "no",
    withdraw: "DRAFT",
  },
  APPROVED: { submit: "no", approve: "no", reject: "no", request_changes: "no", revise: "DRAFT", withdraw: "no" },
  REJECTED: {
    submit: "SUBMITTED",
    approve: "no",
    reject: "no",
    request_changes: "no",
    revise: "DRAFT",
    withdraw: "no",
  },
  CHANGES_REQUESTED: {
    submit: "SUBMITTED",
    approve: "no",
    reject: "no",
    request_changes: "no",
    revise: "DRAFT",
    withdraw: "no",
  },
};

// Who may fire each event: role set and required authorship.
const AUTHOR_ROLES: Role[] = ["EDITOR", "REVIEWER", "ADMIN"];
const REVIEWER_ROLES: Role[] = ["REVIEWER", "ADMIN"];
const ACTOR_RULE: Record<VerdictEvent, { roles: Role[]; isAuthor: boolean }> = {
  submit: { roles: AUTHOR_ROLES, isAuthor: true },
  revise: { roles: AUTHOR_ROLES, isAuthor: true },
  withdraw: { roles: AUTHOR_ROLES, isAuthor: true },
  approve: { roles: REVIEWER_ROLES, isAuthor: false },
  reject: { roles: REVIEWER_ROLES, isAuthor: false },
  request_changes: { roles: REVIEWER_ROLES, isAuthor: false },
};

const STATES = Object.values(VerdictStatus);
const REASON = "The second source contradicts the summary.";

function attempt(state: VerdictStatus, event: VerdictEvent, role: Role, isAuthor: boolean, reason?: string | null) {
  try {
    return nextState(state, event, { role, isAuthor, reason });
  } catch (error) {
    if (error instanceof InvalidTransitionError) return error;
    throw error;
  }
}

describe("the verdict transition table", () => {
  it("knows exactly the six events", () => {
    expect([...VERDICT_EVENTS].sort()).toEqual(Object.keys(ACTOR_RULE).sort());
  });

  it("covers the five Prisma statuses", () => {
    expect(STATES.sort()).toEqual(Object.keys(STATE_TABLE).sort());
  });

  // Every state × event × role × authorship, with a reason supplied: 5 × 6 × 4 × 2 = 240 cases.
  const cases = STATES.flatMap((state) =>
    VERDICT_EVENTS.flatMap((event) =>
      ROLES.flatMap((role) => [true, false].map((isAuthor) => [state, event, role, isAuthor] as const)),
    ),
  );
  it.each(cases)("%s + %s by %s (author: %s)", (state, event, role, isAuthor) => {
    const target = STATE_TABLE[state][event];
    const rule = ACTOR_RULE[event];
    const allowed = target !== "no" && rule.roles.includes(role) && rule.isAuthor === isAuthor;
    const result = attempt(state, event, role, isAuthor, REASON);
    if (allowed) expect(result).toBe(target);
    else expect(result).toBeInstanceOf(InvalidTransitionError);
  });
});

describe("reasons", () => {
  it.each(["reject", "request_changes"] as const)("%s needs a non-blank reason", (event) => {
    for (const reason of [undefined, null, "", "   \n\t"]) {
      const result = attempt("SUBMITTED", event, "REVIEWER", false, reason);
      expect(result).toBeInstanceOf(InvalidTransitionError);
      expect((result as Error).message).toMatch(/reason/);
    }
    expect(attempt("SUBMITTED", event, "REVIEWER", false, " ok ")).toBe(STATE_TABLE.SUBMITTED[event]);
  });

  it("approve and author events need no reason", () => {
    expect(nextState("SUBMITTED", "approve", { role: "ADMIN", isAuthor: false })).toBe("APPROVED");
    expect(nextState("DRAFT", "submit", { role: "EDITOR", isAuthor: true })).toBe("SUBMITTED");
    expect(nextState("SUBMITTED", "withdraw", { role: "EDITOR", isAuthor: true })).toBe("DRAFT");
  });
});

describe("error messages say why", () => {
  it("the four-eyes rule, even for an admin", () => {
    for (const event of ["approve", "reject", "request_changes"] as const) {
      expect(() => nextState("SUBMITTED", event, { role: "ADMIN", isAuthor: true, reason: REASON })).toThrow(
        /own verdict/,
      );
    }
  });

  it("role", () => {
    expect(() => nextState("SUBMITTED", "approve", { role: "EDITOR", isAuthor: false })).toThrow(
      /EDITOR.*cannot review/,
    );
    expect(() => nextState("DRAFT", "submit", { role: "VIEWER", isAuthor: true })).toThrow(/VIEWER.*cannot change/);
  });

  it("authorship", () => {
    expect(() => nextState("DRAFT", "submit", { role: "ADMIN", isAuthor: false })).toThrow(/Only the author .* submit/);
  });

  it("state, checked before the actor so a stale button gets the real reason", () => {
    expect(() => nextState("APPROVED", "approve", { role: "REVIEWER", isAuthor: true })).toThrow(
      "An approved verdict cannot be approved.",
    );
    expect(() => nextState("SUBMITTED", "revise", { role: "EDITOR", isAuthor: true })).toThrow(/withdraw it first/);
    expect(() => nextState("DRAFT", "withdraw", { role: "EDITOR", isAuthor: true })).toThrow(
      "A draft verdict cannot be withdrawn.",
    );
  });
});

describe("revisions after approval", () => {
  it("an approved verdict that is edited goes back through review", () => {
    const author = { role: "EDITOR" as const, isAuthor: true };
    const reviewer = { role: "REVIEWER" as const, isAuthor: false };
    let state: VerdictStatus = "DRAFT";
    state = nextState(state, "submit", author);
    state = nextState(state, "approve", reviewer);
    state = nextState(state, "revise", author);
    expect(state).toBe("DRAFT");
    expect(() => nextState(state, "approve", reviewer)).toThrow(InvalidTransitionError);
    expect(nextState(nextState(state, "submit", author), "approve", reviewer)).toBe("APPROVED");
  });
});

describe("DECISION_EVENT", () => {
  it("maps every review decision to a reviewer event", () => {
    expect(Object.keys(DECISION_EVENT).sort()).toEqual(Object.values(ReviewDecision).sort());
    for (const event of Object.values(DECISION_EVENT)) expect(ACTOR_RULE[event].roles).toEqual(REVIEWER_ROLES);
  });
});

describe("availableEvents", () => {
  it("offers the author their events and the reviewer theirs, never both", () => {
    expect(availableEvents("SUBMITTED", { role: "REVIEWER", isAuthor: true })).toEqual(["withdraw"]);
    expect(availableEvents("SUBMITTED", { role: "REVIEWER", isAuthor: false })).toEqual([
      "approve",
      "reject",
      "request_changes",
    ]);
    expect(availableEvents("REJECTED", { role: "EDITOR", isAuthor: true })).toEqual(["submit", "revise"]);
    expect(availableEvents("APPROVED", { role: "VIEWER", isAuthor: true })).toEqual([]);
  });
});
