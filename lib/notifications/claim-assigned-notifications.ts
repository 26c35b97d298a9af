import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/policy/actor";
import type { NewNotification } from "@/lib/notifications/notify";
import { notificationContext, shortenForTitle } from "@/lib/notifications/notification-context";

/** what the assignment asks of a person: the message's select argument */
type Duty = "check" | "review" | "both";

export interface Assignment {
  editorId: string | null;
  reviewerId: string | null;
}

/**
 * CLAIM_ASSIGNED for whoever the assignment newly names: the editor who checks
 * the claim and the reviewer who reviews its verdict (one notification when
 * one person is both). People already assigned in that role hear nothing again.
 */
export async function claimAssignedNotifications(
  tx: Tx,
  actor: Actor,
  claim: { id: string; statement: string },
  before: Assignment,
  after: Assignment,
): Promise<NewNotification[]> {
  const duties = new Map<string, Duty>();
  if (after.editorId && after.editorId !== before.editorId) duties.set(after.editorId, "check");
  if (after.reviewerId && after.reviewerId !== before.reviewerId)
    duties.set(after.reviewerId, duties.has(after.reviewerId) ? "both" : "review");
  if (duties.size === 0) return [];
  const context = await notificationContext(tx, actor);
  return [...duties].map(([userId, duty]) => ({
    userId,
    workspaceId: actor.workspaceId,
    kind: "CLAIM_ASSIGNED" as const,
    wording: (t) => ({
      title: t("notification.claimAssigned.title", { claim: shortenForTitle(claim.statement) }),
      body: t("notification.claimAssigned.body", {
        actor: context.actorName ?? t("someone"),
        duty,
        claim: claim.statement,
        workspace: context.workspaceName,
      }),
    }),
    link: `/w/${context.slug}/claims/${claim.id}`,
  }));
}
