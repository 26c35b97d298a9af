import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/policy/actor";
import type { NewNotification } from "@/lib/notifications/notify";
import { notificationContext, shortenForTitle } from "@/lib/notifications/notification-context";
import { claimsInScope } from "@/lib/reports/content/claims-in-scope";
import { REPORT_RECORD_SELECT, reportScope } from "@/lib/reports/scope";

/**
 * REPORT_CORRECTED for everyone who wrote for the published report: the
 * authors of the approved verdicts it shows, and the author of the verdict
 * whose change caused the correction (a revision takes it out of the approved
 * ones; the verdict's side knows them). One notification per report, with the
 * correction note in full. The verdicts are read through the report's claims,
 * which claimsInScope keeps in the report's workspace, as its loaders do.
 */
export async function reportCorrectedNotifications(
  tx: Tx,
  actor: Actor,
  correction: { reportId: string; note: string; changedVerdictAuthorId: string | null },
): Promise<NewNotification[]> {
  const report = await tx.report.findFirstOrThrow({
    where: reportScope(actor, correction.reportId),
    select: REPORT_RECORD_SELECT,
  });
  const claims = await tx.claim.findMany({
    where: claimsInScope(report, { internal: false }),
    select: { verdicts: { where: { status: "APPROVED" }, select: { authorId: true } } },
  });
  const authors = new Set([
    ...claims.flatMap((c) => c.verdicts.map((v) => v.authorId)),
    ...(correction.changedVerdictAuthorId ? [correction.changedVerdictAuthorId] : []),
  ]);
  if (authors.size === 0) return [];
  const context = await notificationContext(tx, actor);
  return [...authors].map((userId) => ({
    userId,
    workspaceId: actor.workspaceId,
    kind: "REPORT_CORRECTED" as const,
    wording: (t) => ({
      title: t("notification.reportCorrected.title", { report: shortenForTitle(report.title) }),
      body: [
        t("notification.reportCorrected.body", {
          actor: context.actorName ?? t("someone"),
          report: report.title,
          workspace: context.workspaceName,
        }),
        "",
        t("notification.reportCorrected.note"),
        correction.note,
      ].join("\n"),
    }),
    link: `/w/${context.slug}/reports/${report.id}`,
  }));
}
