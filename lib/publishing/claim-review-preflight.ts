import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { toClaimReview } from "@/lib/exports/claim-review";
import { getReport } from "@/lib/reports/get-report";
import { buildReportMeta } from "@/lib/reports/content/build-report-meta";
import { loadReportEntries } from "@/lib/reports/content/load-report-entries";
import { publicOrigin } from "@/lib/public-urls/public-address";
import { preflightFindings, type PreflightProblem } from "@/lib/publishing/claim-review-preflight-rules";
import type { Actor } from "@/lib/policy/actor";

/** One fact-check of the report with what its ClaimReview lacks. */
export interface PreflightItem {
  claimId: string;
  statement: string;
  /** what the markup will carry: the short form, else the statement */
  claimReviewed: string;
  shortStatement: string | null;
  claimant: string | null;
  /** YYYY-MM-DD */
  claimDate: string | null;
  firstAppearanceUrl: string | null;
  errors: PreflightProblem[];
  warnings: PreflightProblem[];
}

export interface ReportPreflight {
  reportId: string;
  /** fact-checks the published report will carry (approved verdicts) */
  checked: number;
  errorCount: number;
  warningCount: number;
  /** only the fact-checks with something to fix, in the report's order, at most PREFLIGHT_MAX_ITEMS */
  items: PreflightItem[];
  /** more fact-checks have problems than `items` lists */
  truncated: boolean;
}

export const PREFLIGHT_MAX_ITEMS = 200;

/**
 * Editors and up (they fix what it finds; reviewers publish): before a report
 * is published, each fact-check's ClaimReview as it will be embedded and
 * exported (the published output, each url the claim's public page), run
 * through the project's checker. Errors make the markup invalid; warnings
 * (claimant, appearances, claim date, claimReviewed over 75 characters) do
 * not block publishing. Another workspace's report is NotFound.
 */
export async function preflightReport(actor: Actor, reportId: string): Promise<ReportPreflight> {
  authorize(actor, "report.exportInternal");
  const { record } = await getReport(actor, reportId, { internal: false });
  const [workspace, meta] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { slug: true } }),
    buildReportMeta(actor, record, { internal: false, url: `${publicOrigin()}/r/preflight` }),
  ]);
  // as once published: every entry's url is its fact-check page
  const published = { ...meta, factCheckSlug: workspace.slug };
  const result: ReportPreflight = { reportId, checked: 0, errorCount: 0, warningCount: 0, items: [], truncated: false };
  for await (const entry of loadReportEntries(actor, record, { internal: false })) {
    const doc = toClaimReview(published, entry);
    if (!doc) continue;
    result.checked += 1;
    const { errors, warnings } = preflightFindings(doc);
    if (errors.length === 0 && warnings.length === 0) continue;
    result.errorCount += errors.length;
    result.warningCount += warnings.length;
    if (result.items.length >= PREFLIGHT_MAX_ITEMS) {
      result.truncated = true;
      continue;
    }
    const { claim } = entry;
    result.items.push({
      claimId: claim.id,
      statement: claim.statement,
      claimReviewed: doc.claimReviewed,
      shortStatement: claim.shortStatement ?? null,
      claimant: claim.claimant,
      claimDate: claim.claimDate ? claim.claimDate.toISOString().slice(0, 10) : null,
      firstAppearanceUrl: claim.firstAppearanceUrl ?? null,
      errors,
      warnings,
    });
  }
  return result;
}
