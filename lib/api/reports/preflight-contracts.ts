import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";
import { Id } from "@/lib/api/http/wire";

const ProblemSchema = z
  .object({
    code: z
      .enum([
        "CLAIM_REVIEWED_TOO_LONG",
        "NO_CLAIMANT",
        "NO_CLAIM_DATE",
        "NO_APPEARANCE_URL",
        "NO_FIRST_APPEARANCE",
        "MISSING_REQUIRED",
        "MISSING_RECOMMENDED",
      ])
      .describe("what is missing or weak"),
    path: z.string().describe('the ClaimReview property concerned, e.g. "itemReviewed.author"'),
    field: z
      .enum(["shortStatement", "claimant", "claimDate", "firstAppearanceUrl"])
      .nullable()
      .describe("the claim field that fixes it; null when the fix is elsewhere (the verdict, an article's address)"),
  })
  .meta({ id: "ClaimReviewProblem" });

export const ReportPreflightSchema = z
  .object({
    reportId: Id,
    checked: z.number().int().describe("fact-checks the published report carries (approved verdicts)"),
    errorCount: z.number().int().describe("problems that make a ClaimReview invalid"),
    warningCount: z.number().int().describe("problems that leave it valid but weak; publishing is not blocked"),
    items: z
      .array(
        z.object({
          claimId: Id,
          statement: z.string(),
          claimReviewed: z.string().describe("what the markup carries: the short form, else the statement"),
          shortStatement: z.string().nullable(),
          claimant: z.string().nullable(),
          claimDate: z.string().nullable().describe("YYYY-MM-DD"),
          firstAppearanceUrl: z.string().nullable(),
          errors: z.array(ProblemSchema),
          warnings: z.array(ProblemSchema),
        }),
      )
      .describe("only the fact-checks with something to fix, in the report's order, at most 200"),
    truncated: z.boolean().describe("more fact-checks have problems than items lists"),
  })
  .meta({ id: "ReportPreflight" });

export const getReportPreflightRoute = defineRoute({
  method: "GET",
  path: "/reports/{reportId}/preflight",
  operationId: "getReportPreflight",
  summary: "What each fact-check's ClaimReview lacks before publishing",
  description:
    "Each approved fact-check of the report as its ClaimReview will be published (url = its public fact-check page), checked by the project's ClaimReview checker: errors (invalid markup) and warnings (no claimant, no claim date, no appearance or first appearance address, claimReviewed over 75 characters). Warnings do not block publishing.",
  tag: "Reports",
  role: "EDITOR",
  params: z.object({ reportId: Id }),
  success: { status: 200, description: "The findings", schema: ReportPreflightSchema },
  errors: [403, 404],
});
