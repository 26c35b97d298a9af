import { z } from "zod";
import { defineResource, defineRoute } from "@/lib/api/route-contract";
import { DateTime, Id, JSON_BODY_LIMIT } from "@/lib/api/http/wire";
import { getClaimReviewFields } from "@/lib/claims/get-claim-review-fields";
import { UpdateClaimReviewFieldsInputSchema } from "@/lib/claims/claim-review-fields-schemas";

const ClaimParams = z.object({ claimId: Id });

export const ClaimReviewFieldsSchema = z
  .object({
    shortStatement: z
      .string()
      .nullable()
      .describe("ClaimReview's claimReviewed when the statement is longer than 75 characters; null: the statement"),
    claimant: z.string().nullable(),
    claimDate: DateTime.nullable(),
    firstAppearanceUrl: z
      .string()
      .nullable()
      .describe("where the claim first appeared, when that is not one of the workspace's articles"),
  })
  .meta({ id: "ClaimReviewFields" });

/** The preflight's fields of a claim (its row is the claim's). */
export const claimReviewFieldsResource = defineResource({
  name: "Claim",
  schema: ClaimReviewFieldsSchema,
  table: "Claim",
  idParam: "claimId",
  load: (actor, claimId) => getClaimReviewFields(actor, claimId),
});

export const getClaimReviewFieldsRoute = defineRoute({
  method: "GET",
  path: "/claims/{claimId}/claim-review",
  operationId: "getClaimReviewFields",
  summary: "The fields a claim's ClaimReview markup and public page use",
  description: "What `GET /reports/{reportId}/preflight` checks and what its fixes change.",
  tag: "Claims",
  role: "VIEWER",
  params: ClaimParams,
  success: { status: 200, description: "The fields", schema: ClaimReviewFieldsSchema },
  errors: [404],
  resource: claimReviewFieldsResource,
});

export const replaceClaimReviewFieldsRoute = defineRoute({
  method: "PUT",
  path: "/claims/{claimId}/claim-review",
  operationId: "replaceClaimReviewFields",
  summary: "Fix what the ClaimReview preflight lists: short form, claimant, claim date, first appearance",
  description:
    "Send every field; null or blank clears it. A change to any of these fields on a claim a published report shows needs `correctionNote` (422 otherwise): they are all in its published ClaimReview, and the report lists the correction, dated.",
  tag: "Claims",
  role: "EDITOR",
  params: ClaimParams,
  body: {
    mediaTypes: {
      "application/json": UpdateClaimReviewFieldsInputSchema.omit({ claimId: true }).meta({
        id: "ReplaceClaimReviewFields",
      }),
    },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: { status: 200, description: "The saved fields", schema: ClaimReviewFieldsSchema },
  errors: [400, 403, 404, 413, 415, 422],
  resource: claimReviewFieldsResource,
});
