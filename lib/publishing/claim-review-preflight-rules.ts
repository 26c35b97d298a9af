import { validateClaimReview, type ClaimReviewJsonLd } from "@/lib/exports/claim-review";
import { CLAIM_REVIEWED_MAX } from "@/lib/claims/claim-review-fields-schemas";

/**
 * What the preflight says about one fact-check's ClaimReview, as codes the
 * page words in the reader's language: errors make the markup invalid (the
 * project's checker, lib/exports/claim-review-validation.ts, finds them
 * required), warnings leave it valid but weak (recommended fields, and
 * Google's 75 characters for claimReviewed). Each names the form field that
 * fixes it, when one does.
 */
export type PreflightCode =
  | "CLAIM_REVIEWED_TOO_LONG"
  | "NO_CLAIMANT"
  | "NO_CLAIM_DATE"
  | "NO_APPEARANCE_URL"
  | "NO_FIRST_APPEARANCE"
  | "MISSING_REQUIRED"
  | "MISSING_RECOMMENDED";

export type PreflightField = "shortStatement" | "claimant" | "claimDate" | "firstAppearanceUrl";

export interface PreflightProblem {
  code: PreflightCode;
  /** the ClaimReview path concerned, e.g. "itemReviewed.author" */
  path: string;
  /** the preflight form's field that fixes it; null when the fix is elsewhere (the verdict, the article) */
  field: PreflightField | null;
}

export interface PreflightFindings {
  errors: PreflightProblem[];
  warnings: PreflightProblem[];
}

/** Recommended paths the preflight names on their own, with the field that fixes each. */
const NAMED: Record<string, { code: PreflightCode; field: PreflightField | null }> = {
  "itemReviewed.author": { code: "NO_CLAIMANT", field: "claimant" },
  "itemReviewed.datePublished": { code: "NO_CLAIM_DATE", field: "claimDate" },
  "itemReviewed.appearance": { code: "NO_APPEARANCE_URL", field: "firstAppearanceUrl" },
  "itemReviewed.firstAppearance": { code: "NO_FIRST_APPEARANCE", field: "firstAppearanceUrl" },
};

/** Pure: the findings for a ClaimReview as the page would embed it. */
export function preflightFindings(doc: ClaimReviewJsonLd): PreflightFindings {
  const { missingRequired, missingRecommended } = validateClaimReview(doc);
  const errors: PreflightProblem[] = missingRequired.map((path) => ({
    code: "MISSING_REQUIRED",
    path,
    field: path === "claimReviewed" ? "shortStatement" : null,
  }));
  const warnings: PreflightProblem[] = [];
  if ([...doc.claimReviewed].length > CLAIM_REVIEWED_MAX)
    warnings.push({ code: "CLAIM_REVIEWED_TOO_LONG", path: "claimReviewed", field: "shortStatement" });
  const seen = new Set<PreflightCode>();
  for (const path of missingRecommended) {
    // a missing itemReviewed.author reports as "itemReviewed.author" or its ".name"
    const key = Object.keys(NAMED).find((named) => path === named || path.startsWith(`${named}.`));
    const named = key ? NAMED[key]! : null;
    if (named) {
      if (seen.has(named.code)) continue;
      seen.add(named.code);
      warnings.push({ code: named.code, path: key!, field: named.field });
    } else warnings.push({ code: "MISSING_RECOMMENDED", path, field: null });
  }
  return { errors, warnings };
}
