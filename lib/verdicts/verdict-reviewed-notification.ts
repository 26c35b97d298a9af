import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/policy/actor";
import { claimScopeIncludingDeleted } from "@/lib/claims/scope";
import type { NotificationKind } from "@/lib/generated/prisma/client";
import type { NewNotification } from "@/lib/notifications/notify";
import { notificationContext, shortenForTitle } from "@/lib/notifications/notification-context";

export type ReviewDecision = "APPROVE" | "REJECT" | "REQUEST_CHANGES";

const KIND: Record<ReviewDecision, NotificationKind> = {
  APPROVE: "VERDICT_APPROVED",
  REJECT: "VERDICT_REJECTED",
  REQUEST_CHANGES: "VERDICT_CHANGES_REQUESTED",
};

/**
 * VERDICT_APPROVED / _REJECTED / _CHANGES_REQUESTED for the verdict's author,
 * with the reviewer's reason in full: it is what the author has to act on.
 */
export async function verdictReviewedNotification(
  tx: Tx,
  actor: Actor,
  review: { claimId: string; authorId: string; decision: ReviewDecision; reason: string | null },
): Promise<NewNotification> {
  const [context, claim] = await Promise.all([
    notificationContext(tx, actor),
    tx.claim.findFirstOrThrow({
      where: claimScopeIncludingDeleted(actor, review.claimId),
      select: { statement: true },
    }),
  ]);
  return {
    userId: review.authorId,
    workspaceId: actor.workspaceId,
    kind: KIND[review.decision],
    wording: (t) => {
      const said = t(`notification.verdictReviewed.${review.decision}.body`, {
        actor: context.actorName ?? t("someone"),
        claim: claim.statement,
        workspace: context.workspaceName,
      });
      return {
        title: t(`notification.verdictReviewed.${review.decision}.title`, { claim: shortenForTitle(claim.statement) }),
        body: review.reason ? [said, "", t("notification.verdictReviewed.reason"), review.reason].join("\n") : said,
      };
    },
    link: `/w/${context.slug}/claims/${review.claimId}`,
  };
}
