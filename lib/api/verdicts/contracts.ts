import { z } from "zod";
import { CreateVerdictInputSchema } from "@/lib/verdicts/schemas";
import { defineResource, defineRoute } from "@/lib/api/route-contract";
import { getVerdict } from "@/lib/api/verdicts/get-verdict";
import { PageQuerySchema } from "@/lib/paging/newest-first";
import { DateTime, Id, JSON_BODY_LIMIT, pageSchema } from "@/lib/api/http/wire";
import { VerdictStatus } from "@/lib/generated/prisma/enums";

export const VerdictSchema = z
  .object({
    id: Id,
    claimId: Id,
    status: z.enum(VerdictStatus),
    lockVersion: z.number().int().describe("send it back with submit and review: a stale one gets 409"),
    authorId: Id,
    authorName: z.string(),
    revisions: z
      .array(
        z.object({
          number: z.number().int(),
          ratingKey: z.string(),
          ratingLabel: z.string(),
          summary: z.string(),
          authorName: z.string(),
          createdAt: DateTime,
          evidence: z.array(
            z.object({
              id: Id,
              url: z.string(),
              title: z.string(),
              quote: z.string().nullable(),
              accessedAt: DateTime.nullable(),
              isPrimary: z.boolean(),
            }),
          ),
        }),
      )
      .describe("newest first: [0] is the current revision"),
    reviews: z.array(
      z.object({
        decision: z.enum(["APPROVE", "REJECT", "REQUEST_CHANGES"]),
        reason: z.string().nullable(),
        reviewerName: z.string(),
        revisionNumber: z.number().int(),
        createdAt: DateTime,
      }),
    ),
    updatedAt: DateTime,
  })
  .meta({ id: "Verdict" });

const LockVersion = z.number().int().positive().describe("the verdict's current lockVersion");

export const SubmitVerdictBodySchema = z.object({ lockVersion: LockVersion }).meta({ id: "SubmitVerdict" });

export const ReviewVerdictBodySchema = z
  .object({
    lockVersion: LockVersion,
    decision: z.enum(["APPROVE", "REJECT", "REQUEST_CHANGES"]),
    reason: z.string().max(5000).optional().describe("required to reject or request changes"),
    correctionNote: z
      .string()
      .max(2000)
      .optional()
      .describe(
        "required to approve while the claim is in a published report (422 otherwise): the report lists it, dated",
      ),
    acknowledgeWarnings: z
      .boolean()
      .optional()
      .describe(
        "an approval acknowledges the claim's appearance warnings (a passage linked despite a difference, a figure or quote changed by a new article version): required to approve while it has any (422 on this field listing them)",
      ),
  })
  .meta({ id: "ReviewVerdict" });

const ClaimParams = z.object({ claimId: Id });
const VerdictParams = z.object({ verdictId: Id });

/** A verdict with its revisions, evidence and reviews. */
export const verdictResource = defineResource({
  name: "Verdict",
  schema: VerdictSchema,
  table: "Verdict",
  idParam: "verdictId",
  load: (actor, verdictId) => getVerdict(actor, verdictId),
});

export const listClaimVerdictsRoute = defineRoute({
  method: "GET",
  path: "/claims/{claimId}/verdicts",
  operationId: "listClaimVerdicts",
  summary: "List a claim's verdicts, newest first (viewers: approved ones only)",
  tag: "Verdicts",
  role: "VIEWER",
  params: ClaimParams,
  query: PageQuerySchema,
  success: { status: 200, description: "A page of verdicts", schema: pageSchema(VerdictSchema, "VerdictPage") },
  errors: [400, 404],
});

export const getVerdictRoute = defineRoute({
  method: "GET",
  path: "/verdicts/{verdictId}",
  operationId: "getVerdict",
  summary: "Get a verdict with its revisions and reviews",
  tag: "Verdicts",
  role: "VIEWER",
  params: VerdictParams,
  success: { status: 200, description: "The verdict", schema: VerdictSchema },
  errors: [404],
  resource: verdictResource,
});

export const createVerdictRoute = defineRoute({
  method: "POST",
  path: "/verdicts",
  operationId: "createVerdict",
  summary: "Draft a verdict on a claim",
  description: "`ratingKey` is a key of the workspace's rating scale (e.g. ACCURATE, MOSTLY_ACCURATE, FALSE).",
  tag: "Verdicts",
  role: "EDITOR",
  body: {
    mediaTypes: { "application/json": CreateVerdictInputSchema.meta({ id: "CreateVerdict" }) },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: { status: 201, description: "The draft verdict (Location: its URL)", schema: VerdictSchema },
  errors: [400, 403, 404, 413, 415, 422],
  creates: verdictResource,
});

export const submitVerdictRoute = defineRoute({
  method: "POST",
  path: "/verdicts/{verdictId}/submit",
  operationId: "submitVerdict",
  summary: "Submit your verdict for review",
  tag: "Verdicts",
  role: "EDITOR",
  params: VerdictParams,
  body: { mediaTypes: { "application/json": SubmitVerdictBodySchema }, maxBytes: JSON_BODY_LIMIT },
  success: { status: 200, description: "The submitted verdict", schema: VerdictSchema },
  errors: [400, 403, 404, 409, 413, 415],
  resource: verdictResource,
});

export const reviewVerdictRoute = defineRoute({
  method: "POST",
  path: "/verdicts/{verdictId}/review",
  operationId: "reviewVerdict",
  summary: "Approve, reject or request changes on someone else's submitted verdict",
  description:
    "Reviewers and admins; never on a verdict you wrote (four-eyes rule). " +
    "Approving a verdict whose claim has appearance warnings (see `warning` on the claim's appearances) needs `acknowledgeWarnings: true`, which records your acknowledgement; without it, 422 and nothing is written.",
  tag: "Verdicts",
  role: "REVIEWER",
  params: VerdictParams,
  body: { mediaTypes: { "application/json": ReviewVerdictBodySchema }, maxBytes: JSON_BODY_LIMIT },
  success: { status: 200, description: "The reviewed verdict", schema: VerdictSchema },
  errors: [400, 403, 404, 409, 413, 415, 422],
  resource: verdictResource,
});
