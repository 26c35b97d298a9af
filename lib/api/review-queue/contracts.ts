import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";
import { PageQuerySchema } from "@/lib/paging/newest-first";
import { Id, pageSchema } from "@/lib/api/http/wire";
import { VerdictSchema } from "@/lib/api/verdicts/contracts";
import { WarningSchema } from "@/lib/api/claims/appearance-schemas";
import { REVIEW_QUEUE_SORTS, type ReviewQueueSort } from "@/lib/verdicts/review-queue-query";
import { MY_REVIEWED_VERDICTS_COUNT_CAP } from "@/lib/verdicts/find-my-reviewed-verdicts";

const SORTS = Object.keys(REVIEW_QUEUE_SORTS) as [ReviewQueueSort, ...ReviewQueueSort[]];

/**
 * The review queue page's sort and filter as query parameters. Unlike the
 * page's address bar, which falls back to the default, an unknown value is a
 * malformed request (400): a tool should learn of its typo.
 */
export const ReviewQueuePageQuerySchema = PageQuerySchema.extend({
  sort: z
    .enum(SORTS)
    .default("oldest")
    .describe("oldest: waiting longest first (the default); newest: the last submitted first"),
  assigned: z.enum(["me"]).optional().describe("me: only verdicts on claims whose assigned reviewer is you"),
});
export type ReviewQueuePageQuery = z.output<typeof ReviewQueuePageQuerySchema>;

const QueueWarningSchema = WarningSchema.extend({
  annotationId: Id,
  articleId: Id,
  articleTitle: z.string(),
  exact: z.string().describe("the passage the warning is about"),
}).meta({ id: "ReviewQueueWarning", description: WarningSchema.meta()?.description });

const ReviewQueueItemSchema = z
  .object({
    verdict: VerdictSchema,
    claim: z.object({ id: Id, statement: z.string(), claimant: z.string().nullable() }),
    appearances: z
      .array(z.object({ articleId: Id, articleTitle: z.string(), exact: z.string() }))
      .describe("the first few places the claim appears; GET /claims/{claimId} lists them all"),
    moreAppearances: z.number().int().describe("how many more places it appears than `appearances` shows"),
    warnings: z
      .array(QueueWarningSchema)
      .describe("what an approval must acknowledge (`acknowledgeWarnings` on POST /verdicts/{verdictId}/review)"),
    isOwn: z.boolean().describe("you wrote the verdict, so someone else must review it (four-eyes rule)"),
    assignedToActor: z.boolean().describe("you are the claim's assigned reviewer"),
  })
  .meta({ id: "ReviewQueueItem" });

export const ReviewQueuePageSchema = pageSchema(ReviewQueueItemSchema, "ReviewQueuePage");

export const listReviewQueueRoute = defineRoute({
  method: "GET",
  path: "/review-queue",
  operationId: "listReviewQueue",
  summary: "The submitted verdicts waiting for review, as the app's review queue shows them",
  description:
    "Waiting longest first unless `sort` says otherwise; `assigned=me` keeps the verdicts on claims whose assigned reviewer is you (the token's person). " +
    "Review one with POST /verdicts/{verdictId}/review, sending its `lockVersion`.",
  tag: "Verdicts",
  role: "EDITOR",
  query: ReviewQueuePageQuerySchema,
  success: { status: 200, description: "A page of waiting verdicts", schema: ReviewQueuePageSchema },
  errors: [400, 403],
});

const ReviewedVerdictSchema = z
  .object({
    verdict: VerdictSchema.describe("its `reviews` say what reviewers decided and why, newest first"),
    claim: z.object({ id: Id, statement: z.string() }),
  })
  .meta({ id: "ReviewedVerdict" });

export const ReviewedVerdictListSchema = pageSchema(ReviewedVerdictSchema, "ReviewedVerdictList")
  .extend({
    total: z
      .number()
      .int()
      .describe(
        `how many of your verdicts reviewers have acted on, on every page: exact up to ${MY_REVIEWED_VERDICTS_COUNT_CAP}, then ${MY_REVIEWED_VERDICTS_COUNT_CAP} with \`capped\``,
      ),
    capped: z
      .boolean()
      .describe('there are more than `total`: counting stops there, as the review page says "more than"'),
  })
  .meta({ id: "ReviewedVerdictList" });

export const listMyReviewedVerdictsRoute = defineRoute({
  method: "GET",
  path: "/me/reviewed-verdicts",
  operationId: "listMyReviewedVerdicts",
  summary: "Your verdicts that reviewers have acted on, the last changed first (the review page's second list)",
  description: "Always the token's own person's verdicts, whatever their status now.",
  tag: "Verdicts",
  role: "EDITOR",
  query: PageQuerySchema,
  success: { status: 200, description: "A page of your reviewed verdicts", schema: ReviewedVerdictListSchema },
  errors: [400, 403],
});
