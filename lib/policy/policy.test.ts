import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { ROLES, type Actor, type Role } from "@/lib/policy/actor";
import { ACTIONS, authorize, can, canFireVerdictEvent, VERDICT_EVENT_ACTION, type Action } from "@/lib/policy/policy";
import { VerdictStatus } from "@/lib/generated/prisma/enums";
import { VERDICT_EVENTS } from "@/lib/policy/verdict-events";
import { availableEvents, DECISION_EVENT, nextState } from "@/lib/verdicts/transitions";

// The expected rules, written out independently of policy.ts. Adding an action
// to policy.ts without a line here fails "every action has an expectation".
type Author = "any" | "own" | "ownOrAdmin" | "notOwn";
const EXPECTED: Record<string, { role: Role; author: Author }> = {
  "workspace.read": { role: "VIEWER", author: "any" },
  "article.read": { role: "VIEWER", author: "any" },
  "article.create": { role: "EDITOR", author: "any" },
  "article.update": { role: "EDITOR", author: "any" },
  "article.delete": { role: "ADMIN", author: "any" },
  "annotation.create": { role: "EDITOR", author: "any" },
  "annotation.update": { role: "EDITOR", author: "own" },
  "annotation.delete": { role: "EDITOR", author: "ownOrAdmin" },
  "annotation.reattach": { role: "EDITOR", author: "any" },
  "reply.create": { role: "EDITOR", author: "any" },
  "reply.update": { role: "EDITOR", author: "own" },
  "reply.delete": { role: "EDITOR", author: "ownOrAdmin" },
  "claim.create": { role: "EDITOR", author: "any" },
  "claim.update": { role: "EDITOR", author: "any" },
  "claim.assign": { role: "REVIEWER", author: "any" },
  "claim.delete": { role: "EDITOR", author: "ownOrAdmin" },
  "verdict.draft": { role: "EDITOR", author: "any" },
  "verdict.edit": { role: "EDITOR", author: "own" },
  "verdict.submit": { role: "EDITOR", author: "own" },
  "verdict.review": { role: "REVIEWER", author: "notOwn" },
  "verdict.readUnapproved": { role: "EDITOR", author: "any" },
  "conflict.propose": { role: "EDITOR", author: "any" },
  "conflict.resolve": { role: "REVIEWER", author: "any" },
  "report.exportInternal": { role: "EDITOR", author: "any" },
  "report.exportPublished": { role: "VIEWER", author: "any" },
  "report.publish": { role: "REVIEWER", author: "any" },
  "member.read": { role: "ADMIN", author: "any" },
  "member.manage": { role: "ADMIN", author: "any" },
  "workspace.settings": { role: "ADMIN", author: "any" },
  "audit.read": { role: "ADMIN", author: "any" },
  "apiToken.manage": { role: "ADMIN", author: "any" },
  "webhook.manage": { role: "ADMIN", author: "any" },
  // lib/sources
  "source.read": { role: "VIEWER", author: "any" },
  "source.check": { role: "ADMIN", author: "any" },
};
const ORDER: Role[] = ["VIEWER", "EDITOR", "REVIEWER", "ADMIN"];
const WS = "ws-a";
const ME = "user-me";
const SOMEONE = "user-someone";

const actor = (role: Role): Actor => ({ userId: ME, workspaceId: WS, role });
const expectation = (action: Action) => EXPECTED[action]!;
const actionsWith = (author: Author) => ACTIONS.filter((a) => expectation(a).author === author);
const atLeast = (role: Role, minimum: Role) => ORDER.indexOf(role) >= ORDER.indexOf(minimum);

describe("the policy table", () => {
  it("has roles in increasing power", () => {
    expect([...ROLES]).toEqual(ORDER);
  });

  it("every action has an expectation here, and every expectation an action", () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  // Every role × every action, on a resource whose authorship satisfies the rule.
  describe.each(ACTIONS)("%s", (action) => {
    const { role: minimum, author } = expectation(action);
    const authorId = author === "notOwn" ? SOMEONE : ME;
    it.each(ROLES)(`%s is allowed only from ${minimum} up`, (role) => {
      expect(can(actor(role), action, { workspaceId: WS, authorId })).toBe(atLeast(role, minimum));
    });
  });
});

describe("authorship", () => {
  it("'own' actions: nobody, not even an admin, may do them on someone else's resource", () => {
    for (const action of actionsWith("own")) {
      for (const role of ROLES)
        expect(can(actor(role), action, { workspaceId: WS, authorId: SOMEONE }), `${role} ${action}`).toBe(false);
    }
  });

  it("an editor can't update someone else's annotation, but can update their own", () => {
    expect(can(actor("EDITOR"), "annotation.update", { workspaceId: WS, authorId: SOMEONE })).toBe(false);
    expect(can(actor("EDITOR"), "annotation.update", { workspaceId: WS, authorId: ME })).toBe(true);
    expect(() => authorize(actor("EDITOR"), "annotation.update", { workspaceId: WS, authorId: SOMEONE })).toThrow(
      ForbiddenError,
    );
  });

  it("'ownOrAdmin' actions: on someone else's resource only an admin may (moderation)", () => {
    for (const action of actionsWith("ownOrAdmin")) {
      for (const role of ROLES) {
        expect(can(actor(role), action, { workspaceId: WS, authorId: SOMEONE }), `${role} ${action}`).toBe(
          role === "ADMIN",
        );
      }
    }
    expect(can(actor("ADMIN"), "annotation.delete", { workspaceId: WS, authorId: SOMEONE })).toBe(true);
    expect(can(actor("REVIEWER"), "annotation.delete", { workspaceId: WS, authorId: SOMEONE })).toBe(false);
  });

  it("four-eyes: nobody reviews their own verdict, not even an admin", () => {
    expect(actionsWith("notOwn")).toContain("verdict.review");
    for (const action of actionsWith("notOwn")) {
      for (const role of ROLES)
        expect(can(actor(role), action, { workspaceId: WS, authorId: ME }), `${role} ${action}`).toBe(false);
    }
    expect(can(actor("REVIEWER"), "verdict.review", { workspaceId: WS, authorId: SOMEONE })).toBe(true);
    expect(() => authorize(actor("REVIEWER"), "verdict.review", { workspaceId: WS, authorId: ME })).toThrow(
      /four-eyes/,
    );
  });

  it("without a resource, 'own' actions are refused (authorship can't be shown); others follow the role", () => {
    for (const action of ACTIONS) {
      const { role: minimum, author } = expectation(action);
      for (const role of ROLES) {
        expect(can(actor(role), action), `${role} ${action}`).toBe(author !== "own" && atLeast(role, minimum));
      }
    }
  });

  it("a resource without an author counts as someone else's", () => {
    expect(can(actor("ADMIN"), "verdict.edit", { workspaceId: WS, authorId: null })).toBe(false);
    expect(can(actor("REVIEWER"), "verdict.review", { workspaceId: WS })).toBe(true);
  });
});

describe("workspaces", () => {
  it("a resource from another workspace is always refused, whatever the role, action or author", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ROLES),
        fc.constantFrom(...ACTIONS),
        fc.string({ minLength: 1 }),
        fc.option(fc.constantFrom(ME, SOMEONE), { nil: undefined }),
        (role, action, otherWorkspace, authorId) => {
          fc.pre(otherWorkspace !== WS);
          expect(can(actor(role), action, { workspaceId: otherWorkspace, authorId })).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("authorize throws ForbiddenError for another workspace's resource, even for an admin", () => {
    expect(() => authorize(actor("ADMIN"), "article.read", { workspaceId: "ws-b" })).toThrow(ForbiddenError);
    expect(() => authorize(actor("ADMIN"), "article.read", { workspaceId: WS })).not.toThrow();
  });
});

// Who may fire each verdict event, written out independently of policy.ts
// (moved here from lib/verdicts/transitions.test.ts: roles and authorship are the policy's).
const AUTHOR_ROLES: Role[] = ["EDITOR", "REVIEWER", "ADMIN"];
const REVIEWER_ROLES: Role[] = ["REVIEWER", "ADMIN"];
const VERDICT_ACTOR_RULE: Record<(typeof VERDICT_EVENTS)[number], { roles: Role[]; isAuthor: boolean }> = {
  submit: { roles: AUTHOR_ROLES, isAuthor: true },
  revise: { roles: AUTHOR_ROLES, isAuthor: true },
  withdraw: { roles: AUTHOR_ROLES, isAuthor: true },
  approve: { roles: REVIEWER_ROLES, isAuthor: false },
  reject: { roles: REVIEWER_ROLES, isAuthor: false },
  request_changes: { roles: REVIEWER_ROLES, isAuthor: false },
};
const verdictBy = (isAuthor: boolean) => ({ workspaceId: WS, authorId: isAuthor ? ME : SOMEONE });

describe("verdict events", () => {
  it("every event has a rule here and an action there", () => {
    expect(Object.keys(VERDICT_EVENT_ACTION).sort()).toEqual([...VERDICT_EVENTS].sort());
    expect(Object.keys(VERDICT_ACTOR_RULE).sort()).toEqual([...VERDICT_EVENTS].sort());
  });

  // Every event × role × authorship: 6 × 4 × 2 = 48 cases.
  const cases = VERDICT_EVENTS.flatMap((event) =>
    ROLES.flatMap((role) => [true, false].map((isAuthor) => [event, role, isAuthor] as const)),
  );
  it.each(cases)("%s by %s (author: %s)", (event, role, isAuthor) => {
    const rule = VERDICT_ACTOR_RULE[event];
    const allowed = rule.roles.includes(role) && rule.isAuthor === isAuthor;
    expect(canFireVerdictEvent(actor(role), event, verdictBy(isAuthor))).toBe(allowed);
    if (allowed) expect(() => authorize(actor(role), VERDICT_EVENT_ACTION[event], verdictBy(isAuthor))).not.toThrow();
    else expect(() => authorize(actor(role), VERDICT_EVENT_ACTION[event], verdictBy(isAuthor))).toThrow(ForbiddenError);
  });

  it("every review decision is a reviewer event", () => {
    for (const event of Object.values(DECISION_EVENT)) expect(VERDICT_ACTOR_RULE[event].roles).toEqual(REVIEWER_ROLES);
    for (const event of Object.values(DECISION_EVENT)) expect(VERDICT_EVENT_ACTION[event]).toBe("verdict.review");
  });

  it("the four-eyes rule, even for an admin, says why", () => {
    for (const event of ["approve", "reject", "request_changes"] as const) {
      expect(() => authorize(actor("ADMIN"), VERDICT_EVENT_ACTION[event], verdictBy(true))).toThrow(/own verdict/);
    }
  });

  it("a verdict of another workspace: no event, whatever the role", () => {
    for (const event of VERDICT_EVENTS)
      for (const role of ROLES)
        expect(canFireVerdictEvent(actor(role), event, { workspaceId: "ws-b", authorId: ME })).toBe(false);
  });

  // The lifecycle with the policy in front, as the use cases run it: every state × event × role ×
  // authorship (5 × 6 × 4 × 2 = 240 cases); offered exactly when the state and the policy both allow it.
  const lifecycle = Object.values(VerdictStatus).flatMap((state) =>
    cases.map(([event, role, isAuthor]) => [state, event, role, isAuthor] as const),
  );
  it.each(lifecycle)("%s + %s by %s (author: %s), with the policy", (state, event, role, isAuthor) => {
    const mayFire = (e: (typeof VERDICT_EVENTS)[number]) => canFireVerdictEvent(actor(role), e, verdictBy(isAuthor));
    const stateAllows = (() => {
      try {
        nextState(state, event, "a reason");
        return true;
      } catch {
        return false;
      }
    })();
    const rule = VERDICT_ACTOR_RULE[event];
    const allowed = stateAllows && rule.roles.includes(role) && rule.isAuthor === isAuthor;
    expect(availableEvents(state, mayFire).includes(event)).toBe(allowed);
  });

  it("availableEvents offers the author their events and the reviewer theirs, never both", () => {
    const offered = (state: VerdictStatus, role: Role, isAuthor: boolean) =>
      availableEvents(state, (event) => canFireVerdictEvent(actor(role), event, verdictBy(isAuthor)));
    expect(offered("SUBMITTED", "REVIEWER", true)).toEqual(["withdraw"]);
    expect(offered("SUBMITTED", "REVIEWER", false)).toEqual(["approve", "reject", "request_changes"]);
    expect(offered("REJECTED", "EDITOR", true)).toEqual(["submit", "revise"]);
    expect(offered("APPROVED", "VIEWER", true)).toEqual([]);
  });
});
