import { ForbiddenError } from "@/lib/errors";
import { roleAtLeast, type Actor, type Role } from "@/lib/policy/actor";
import type { VerdictEvent } from "@/lib/policy/verdict-events";

/**
 * Who may do what, as one table. The rule for each action: the least role that
 * may do it, and how authorship matters:
 * - "any": any author;
 * - "own": only the resource's author (editing someone's note is not allowed);
 * - "ownOrAdmin": the author, or an admin (moderation);
 * - "notOwn": never the author (the four-eyes rule: nobody approves their own verdict).
 */
type AuthorRule = "any" | "own" | "ownOrAdmin" | "notOwn";

const RULES = {
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
  // lib/sources: preserved copies of cited sources
  "source.read": { role: "VIEWER", author: "any" },
  "source.check": { role: "ADMIN", author: "any" },
  "webhook.manage": { role: "ADMIN", author: "any" },
} as const satisfies Record<string, { role: Role; author: AuthorRule }>;

export type Action = keyof typeof RULES;
export const ACTIONS = Object.keys(RULES) as Action[];

/** The resource an action is about: its workspace and, where it has one, its author. */
export interface PolicyResource {
  workspaceId: string;
  authorId?: string | null;
}

/** Pure: may this actor do this action (on this resource)? */
export function can(actor: Actor, action: Action, resource?: PolicyResource): boolean {
  const rule: { role: Role; author: AuthorRule } = RULES[action];
  if (resource && resource.workspaceId !== actor.workspaceId) return false;
  if (!roleAtLeast(actor.role, rule.role)) return false;
  if (rule.author === "any") return true;
  if (!resource) return rule.author !== "own";
  const isAuthor = resource.authorId === actor.userId;
  switch (rule.author) {
    case "own":
      return isAuthor;
    case "ownOrAdmin":
      return isAuthor || actor.role === "ADMIN";
    case "notOwn":
      return !isAuthor;
  }
}

/** Throws ForbiddenError unless `can(...)`. Call after the resource was loaded through its scope. */
export function authorize(actor: Actor, action: Action, resource?: PolicyResource): void {
  if (!can(actor, action, resource))
    throw new ForbiddenError(FORBIDDEN_MESSAGES[action] ?? "Your role does not allow this.");
}

/**
 * Who may fire each verdict event (lib/verdicts/transitions.ts holds which
 * states allow it): the author submits, withdraws and revises their own
 * verdict; reviewers review everyone else's (the four-eyes rule, "notOwn":
 * a security choke point, not relaxed for admins).
 */
export const VERDICT_EVENT_ACTION = {
  submit: "verdict.submit",
  withdraw: "verdict.submit",
  revise: "verdict.edit",
  approve: "verdict.review",
  reject: "verdict.review",
  request_changes: "verdict.review",
} as const satisfies Record<VerdictEvent, Action>;

/** Pure: may this actor fire `event` on this verdict (its workspace and author)? For availableEvents. */
export function canFireVerdictEvent(actor: Actor, event: VerdictEvent, verdict: PolicyResource): boolean {
  return can(actor, VERDICT_EVENT_ACTION[event], verdict);
}

const FORBIDDEN_MESSAGES: Partial<Record<Action, string>> = {
  "annotation.update": "Only the author can edit this note.",
  "verdict.review": "You cannot review your own verdict (four-eyes rule), and only reviewers may review.",
  "member.manage": "Only admins can manage members.",
  "audit.read": "Only admins can read the audit log.",
  "webhook.manage": "Only admins can manage webhooks.",
  "source.check": "Only admins can check the sources now.",
};
