import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/policy/actor";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import type { NewNotification } from "@/lib/notifications/notify";
import { notificationContext, quoteForTitle } from "@/lib/notifications/notification-context";

export type ReviewDecision = "APPROVE" | "REJECT" | "REQUEST_CHANGES";

const OUTCOME: Record<ReviewDecision, { kind: NotificationKind; title: string; verb: string }> = {
  APPROVE: { kind: "VERDICT_APPROVED", title: "Your verdict was approved", verb: "approved" },
  REJECT: { kind: "VERDICT_REJECTED", title: "Your verdict was rejected", verb: "rejected" },
  REQUEST_CHANGES: { kind: "VERDICT_CHANGES_REQUESTED", title: "Changes requested on your verdict", verb: "sent back, asking for changes," },
};

/**
 * VERDICT_APPROVED / _REJECTED / _CHANGES_REQUESTED for the verdict's author,
 * with the reviewer's reason in full: it is what the author has to act on.
 */
export async function verdictReviewedNotification(tx: Tx, actor: Actor, review: { claimId: string; authorId: string; decision: ReviewDecision; reason: string | null }): Promise<NewNotification> {
  const [context, claim] = await Promise.all([
    notificationContext(tx, actor),
    tx.claim.findFirstOrThrow({ where: { id: review.claimId, workspaceId: actor.workspaceId }, select: { statement: true } }),
  ]);
  const outcome = OUTCOME[review.decision];
  const said = `${context.actorName} ${outcome.verb} your verdict on the claim “${claim.statement}” in ${context.workspaceName}.`;
  return {
    userId: review.authorId,
    workspaceId: actor.workspaceId,
    kind: outcome.kind,
    title: `${outcome.title}: ${quoteForTitle(claim.statement)}`,
    body: review.reason ? `${said}\n\nReason:\n${review.reason}` : said,
    link: `/w/${context.slug}/claims/${review.claimId}`,
  };
}
