import type { Role } from "@/lib/policy/actor";

export const ROLE_LABELS: Record<Role, string> = { VIEWER: "Viewer", EDITOR: "Editor", REVIEWER: "Reviewer", ADMIN: "Admin" };

/** What a role may do, in one line: invitations tell the invitee what they are joining as. */
export const ROLE_SUMMARIES: Record<Role, string> = {
  VIEWER: "reads articles, claims and approved verdicts",
  EDITOR: "annotates articles, records claims and drafts verdicts",
  REVIEWER: "also reviews and approves verdicts and publishes reports",
  ADMIN: "also manages members, settings and API tokens",
};

/** "an editor", "a reviewer": how invitations name the role in a sentence. */
export function roleWithArticle(role: Role): string {
  const label = ROLE_LABELS[role].toLowerCase();
  return `${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`;
}
