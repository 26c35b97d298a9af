import type { Tx } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { extractPassage, type PassageExtraction } from "@/lib/claims/extract/extract-passage";
import { compareExtractions, type ExtractionChange } from "@/lib/claims/agreement/compare-extractions";
import { comparePassageWithClaim } from "@/lib/claims/agreement/compare-passage";
import { publishedReportsCoveringClaim } from "@/lib/corrections/published-reports-covering-claim";
import type { Actor } from "@/lib/policy/actor";
import { claimAppearanceScope } from "@/lib/claims/scope";
import { loadClaimContent } from "./claim-content";
import { readChange, readExtraction } from "./stored-appearance";

/** The change recorded when re-anchoring could not find a passage in the new version. */
export const PASSAGE_LOST_SUMMARY = "the passage is no longer in the article";

export interface PropagationResult {
  /** appearances whose figures or quotes changed */
  changed: number;
  /** published reports that now need a correction */
  reportsFlagged: number;
}

/**
 * Inside the version-import transaction, after re-anchoring: what each claim
 * appearance in the article states is extracted again from the new version.
 * When a figure or a quote changed (or the passage is gone), the appearance is
 * flagged "appearance changed" with the before/after (its claim page and the
 * review queue show it; approving a verdict on the claim needs an
 * acknowledgement), its differences from the claim are recomputed, and every
 * published report covering the claim gets a pending correction: the change
 * reached the published record without anyone's note. Audited per appearance.
 */
export async function propagateVersionChange(
  tx: Tx,
  actor: Actor,
  version: { id: string; number: number; text: string; publishedAt: Date | null },
): Promise<PropagationResult> {
  const appearances = await tx.claimAppearance.findMany({
    where: {
      ...claimAppearanceScope(actor),
      claim: { deletedAt: null },
      annotation: { versionId: version.id, deletedAt: null },
    },
    select: {
      id: true,
      claimId: true,
      extraction: true,
      change: true,
      annotation: { select: { id: true, start: true, end: true, exact: true, anchorState: true } },
    },
  });
  let changed = 0;
  let reportsFlagged = 0;
  const now = new Date();
  for (const appearance of appearances) {
    const before = readExtraction(appearance.extraction);
    const lost = appearance.annotation.anchorState === "ORPHANED" || appearance.annotation.anchorState === "AMBIGUOUS";
    const after = lost
      ? null
      : extractPassage(
          { text: version.text, start: appearance.annotation.start, end: appearance.annotation.end },
          { publishedAt: version.publishedAt },
        );
    const change = changeBetween(before, after, readChange(appearance.change));
    if (!change) {
      if (after && JSON.stringify(after) !== JSON.stringify(before))
        await tx.claimAppearance.updateMany({
          where: claimAppearanceScope(actor, appearance.id),
          data: { extraction: after as object },
        });
      continue;
    }
    const content = await loadClaimContent(tx, actor.workspaceId, appearance.claimId);
    const differences = content && after ? comparePassageWithClaim(content, after) : [];
    await tx.claimAppearance.updateMany({
      where: claimAppearanceScope(actor, appearance.id),
      data: {
        ...(after ? { extraction: after as object } : {}),
        differences: differences as object[],
        changedAt: now,
        change: { ...change, versionNumber: version.number } as object,
      },
    });
    await recordAuditEvent(tx, actor, {
      action: "claim.appearance_changed",
      entityType: "Claim",
      entityId: appearance.claimId,
      before: { appearanceId: appearance.id, extraction: before },
      after: { appearanceId: appearance.id, extraction: after, change, versionNumber: version.number },
    });
    changed++;
    for (const report of await publishedReportsCoveringClaim(tx, actor.workspaceId, appearance.claimId)) {
      await tx.reportPendingCorrection.create({
        data: {
          workspaceId: actor.workspaceId,
          reportId: report.id,
          claimId: appearance.claimId,
          appearanceId: appearance.id,
          reason: `Version ${version.number} of the article: ${change.summary}`,
        },
      });
      await recordAuditEvent(tx, actor, {
        action: "report.correction_required",
        entityType: "Report",
        entityId: report.id,
        after: { claimId: appearance.claimId, appearanceId: appearance.id, reason: change.summary },
      });
      reportsFlagged++;
    }
  }
  return { changed, reportsFlagged };
}

/** What changed between two extractions; a lost passage is a change once (not again on every later version). */
function changeBetween(
  before: PassageExtraction | null,
  after: PassageExtraction | null,
  previous: ExtractionChange | null,
): ExtractionChange | null {
  if (after === null)
    return previous?.summary === PASSAGE_LOST_SUMMARY
      ? null
      : { figures: [], quotes: [], summary: PASSAGE_LOST_SUMMARY };
  if (before === null) return null; // linked before extraction existed: nothing to compare with yet
  return compareExtractions(before, after);
}
