import { describe, expect, it } from "vitest";
import { InvalidTransitionError } from "@/lib/errors";
import { ReviewDecision, VerdictStatus } from "@/lib/generated/prisma/enums";
import { VERDICT_EVENTS, type VerdictEvent } from "@/lib/policy/verdict-events";
import { availableEvents, DECISION_EVENT, nextState } from "./transitions";

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

const STATES = Object.values(VerdictStatus);
const REASON = "The second source contradicts the summary.";

function attempt(state: VerdictStatus, event: VerdictEvent, reason?: string | null) {
  try {
    return nextState(state, event, reason);
  } catch (error) {
    if (error instanceof InvalidTransitionError) return error;
    throw error;
  }
}

describe("the verdict transition table", () => {
  it("knows exactly the six events", () => {
    expect([...VERDICT_EVENTS].sort()).toEqual(Object.keys(STATE_TABLE.DRAFT).sort());
  });

  it("covers the five Prisma statuses", () => {
    expect(STATES.sort()).toEqual(Object.keys(STATE_TABLE).sort());
  });

  // Every state × event, with a reason supplied: 5 × 6 = 30 cases. Who may fire each
  // event (role, authorship, four-eyes) is the policy's: lib/policy/policy.test.ts.
  const cases = STATES.flatMap((state) => VERDICT_EVENTS.map((event) => [state, event] as const));
  it.each(cases)("%s + %s", (state, event) => {
    const target = STATE_TABLE[state][event];
    const result = attempt(state, event, REASON);
    if (target !== "no") expect(result).toBe(target);
    else expect(result).toBeInstanceOf(InvalidTransitionError);
  });
});

describe("reasons", () => {
  it.each(["reject", "request_changes"] as const)("%s needs a non-blank reason", (event) => {
    for (const reason of [undefined, null, "", "   \n\t"]) {
      const result = attempt("SUBMITTED", event, reason);
      expect(result).toBeInstanceOf(InvalidTransitionError);
      expect((result as Error).message).toMatch(/reason/);
    }
    expect(attempt("SUBMITTED", event, " ok ")).toBe(STATE_TABLE.SUBMITTED[event]);
  });

  it("approve and author events need no reason", () => {
    expect(nextState("SUBMITTED", "approve")).toBe("APPROVED");
    expect(nextState("DRAFT", "submit")).toBe("SUBMITTED");
    expect(nextState("SUBMITTED", "withdraw")).toBe("DRAFT");
  });
});

describe("error messages say why", () => {
  it("state, so a stale button gets the real reason", () => {
    expect(() => nextState("APPROVED", "approve")).toThrow("An approved verdict cannot be approved.");
    expect(() => nextState("SUBMITTED", "revise")).toThrow(/withdraw it first/);
    expect(() => nextState("DRAFT", "withdraw")).toThrow("A draft verdict cannot be withdrawn.");
  });

  it("the state before the reason", () => {
    expect(() => nextState("DRAFT", "reject")).toThrow("A draft verdict cannot be rejected.");
  });
});

describe("revisions after approval", () => {
  it("an approved verdict that is edited goes back through review", () => {
    let state: VerdictStatus = "DRAFT";
    state = nextState(state, "submit");
    state = nextState(state, "approve");
    state = nextState(state, "revise");
    expect(state).toBe("DRAFT");
    expect(() => nextState(state, "approve")).toThrow(InvalidTransitionError);
    expect(nextState(nextState(state, "submit"), "approve")).toBe("APPROVED");
  });
});

describe("DECISION_EVENT", () => {
  it("maps every review decision to a reviewer event, each its own", () => {
    expect(Object.keys(DECISION_EVENT).sort()).toEqual(Object.values(ReviewDecision).sort());
    expect(Object.values(DECISION_EVENT).sort()).toEqual(["approve", "reject", "request_changes"]);
  });
});

describe("availableEvents", () => {
  it("offers the events the state allows that the policy's answer permits", () => {
    const all = () => true;
    expect(availableEvents("SUBMITTED", all)).toEqual(["approve", "reject", "request_changes", "withdraw"]);
    expect(availableEvents("REJECTED", all)).toEqual(["submit", "revise"]);
    expect(availableEvents("SUBMITTED", (event) => event !== "withdraw")).toEqual([
      "approve",
      "reject",
      "request_changes",
    ]);
    expect(availableEvents("APPROVED", () => false)).toEqual([]);
  });
});
