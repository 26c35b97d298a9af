import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/policy/actor";
import type { NewNotification } from "@/lib/notifications/notify";
import { notificationContext, quoteForTitle } from "@/lib/notifications/notification-context";

export interface Assignment {
  editorId: string | null;
  reviewerId: string | null;
}

/**
 * CLAIM_ASSIGNED for whoever the assignment newly names: the editor who checks
 * the claim and the reviewer who reviews its verdict (one notification when
 * one person is both). People already assigned in that role hear nothing again.
 */
export async function claimAssignedNotifications(tx: Tx, actor: Actor, claim: { id: string; statement: string }, before: Assignment, after: Assignment): Promise<NewNotification[]> {
  const duties = new Map<string, string[]>();
  if (after.editorId && after.editorId !== before.editorId) duties.set(after.editorId, ["check"]);
  if (after.reviewerId && after.reviewerId !== before.reviewerId) duties.set(after.reviewerId, [...(duties.get(after.reviewerId) ?? []), "review"]);
  if (duties.size === 0) return [];
  const context = await notificationContext(tx, actor);
  return [...duties].map(([userId, what]) => ({
    userId,
    workspaceId: actor.workspaceId,
    kind: "CLAIM_ASSIGNED" as const,
    title: `Claim assigned to you: ${quoteForTitle(claim.statement)}`,
    body: `${context.actorName} assigned you to ${what.join(" and ")} the claim “${claim.statement}” in ${context.workspaceName}.`,
    link: `/w/${context.slug}/claims/${claim.id}`,
  }));
}
