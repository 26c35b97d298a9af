import type { Tx } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { publishedReportsCoveringClaim } from "@/lib/corrections/published-reports-covering-claim";
import { recordReportCorrections } from "@/lib/corrections/record-report-corrections";
import type { Actor } from "@/lib/policy/actor";
import { notify } from "@/lib/notifications/notify";
import { reportCorrectedNotifications } from "@/lib/reports/report-corrected-notifications";
import type { VerdictStatus } from "@/lib/generated/prisma/enums";
import type { VerdictEvent } from "@/lib/policy/verdict-events";

/**
 * Whether a verdict event changes what published reports show: an approval
 * (a new or different verdict appears), or revising an approved verdict
 * (its approved text leaves the reports until approved again). Withdrawing,
 * submitting, rejecting or sending back a verdict that is not approved
 * changes nothing a reader of a published report can see.
 */
export function changesPublishedOutput(from: VerdictStatus, event: VerdictEvent): boolean {
  return event === "approve" || (event === "revise" && from === "APPROVED");
}

/**
 * Inside the transaction of a verdict change that changes published output:
 * when the claim is in one or more currently published reports, the change
 * needs a correction note (else InvalidInputError on "correctionNote", and the
 * transaction writes nothing); with it, one dated ReportCorrection per report,
 * whose authors are notified.
 */
export async function requireCorrectionNote(
  tx: Tx,
  actor: Actor,
  change: { verdictId: string; claimId: string; authorId: string; note: string | null; approving: boolean },
): Promise<void> {
  const reports = await publishedReportsCoveringClaim(
    tx,
    actor.workspaceId,
    change.claimId,
    change.approving ? new Date() : undefined,
  );
  if (reports.length === 0) return;
  const note = change.note?.trim();
  if (!note) {
    const titles = reports.map((r) => `“${r.title}”`).join(", ");
    throw new InvalidInputError(
      `This claim is in a published report (${titles}). Write a correction note: the public report lists it with today's date.`,
      {
        correctionNote: ["Required while the claim is in a published report."],
      },
    );
  }
  await recordReportCorrections(tx, actor, { reports, claimId: change.claimId, verdictId: change.verdictId, note });
  // whoever wrote for a report hears of its correction (run the use case in
  // notifyingTransaction, so the emails go out after the commit)
  for (const report of reports)
    await notify(
      tx,
      actor.userId,
      await reportCorrectedNotifications(tx, actor, {
        reportId: report.id,
        note,
        changedVerdictAuthorId: change.authorId,
      }),
    );
}
