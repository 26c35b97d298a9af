import type { Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/policy/actor";
import { verdictScope } from "@/lib/verdicts/scope";
import type { NewNotification } from "@/lib/notifications/notify";
import { notificationContext, shortenForTitle } from "@/lib/notifications/notification-context";
import { claimsInScope } from "@/lib/reports/content/claims-in-scope";
import { REPORT_RECORD_SELECT, reportScope } from "@/lib/reports/scope";

/**
 * REPORT_CORRECTED for everyone who wrote for the published report: the
 * authors of the approved verdicts it shows, and the author of the verdict
 * whose change caused the correction (a revision takes it out of the approved
 * ones). One notification per report, with the correction note in full.
 */
export async function reportCorrectedNotifications(
  tx: Tx,
  actor: Actor,
  correction: { reportId: string; note: string; verdictId: string | null },
): Promise<NewNotification[]> {
  const report = await tx.report.findFirstOrThrow({
    where: reportScope(actor, correction.reportId),
    select: REPORT_RECORD_SELECT,
  });
  const verdicts = await tx.verdict.findMany({
    where: { ...verdictScope(actor), status: "APPROVED", claim: claimsInScope(report, { internal: false }) },
    select: { authorId: true },
    distinct: ["authorId"],
  });
  const changed = correction.verdictId
    ? await tx.verdict.findFirst({
        where: verdictScope(actor, correction.verdictId),
        select: { authorId: true },
      })
    : null;
  const authors = new Set([...verdicts.map((v) => v.authorId), ...(changed ? [changed.authorId] : [])]);
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
