import { z } from "zod";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { defineRoute } from "@/lib/api/route-contract";
import { PageQuerySchema } from "@/lib/api/pagination";
import { DateTime, Id, JSON_BODY_LIMIT, pageSchema } from "@/lib/api/wire";
import { VerdictSchema } from "@/lib/api/verdicts/contracts";

export const ClaimSummarySchema = z
  .object({ id: Id, statement: z.string(), claimant: z.string().nullable(), claimDate: DateTime.nullable(), createdAt: DateTime, updatedAt: DateTime })
  .meta({ id: "ClaimSummary" });

export const ClaimSchema = z
  .object({
    id: Id,
    statement: z.string(),
    claimant: z.string().nullable(),
    claimDate: DateTime.nullable(),
    value: z.object({
      metric: z.string().nullable(),
      valueLow: z.number().nullable(),
      valueHigh: z.number().nullable(),
      qualifier: z.enum(["EXACT", "AT_LEAST", "ABOUT", "MORE_THAN", "UP_TO", "FEWER_THAN"]).nullable(),
      unit: z.string().nullable(),
      asOf: DateTime.nullable(),
    }),
    event: z.object({ label: z.string().nullable(), date: DateTime.nullable(), place: z.string().nullable() }),
    assignedEditorId: z.string().nullable(),
    assignedReviewerId: z.string().nullable(),
    appearances: z
      .array(z.object({ annotationId: Id, articleId: Id, articleTitle: z.string(), outlet: z.string().nullable(), prefix: z.string(), exact: z.string(), suffix: z.string() }))
      .describe("the annotated passages that state this claim"),
    verdicts: z.array(VerdictSchema).describe("oldest first; viewers see approved verdicts only"),
  })
  .meta({ id: "Claim" });

export const listClaimsRoute = defineRoute({
  method: "GET",
  path: "/claims",
  operationId: "listClaims",
  summary: "List claims, newest first",
  tag: "Claims",
  role: "VIEWER",
  query: PageQuerySchema,
  success: { status: 200, description: "A page of claims", schema: pageSchema(ClaimSummarySchema, "ClaimPage") },
  errors: [400],
});

export const getClaimRoute = defineRoute({
  method: "GET",
  path: "/claims/{claimId}",
  operationId: "getClaim",
  summary: "Get a claim with its appearances and verdicts",
  tag: "Claims",
  role: "VIEWER",
  params: z.object({ claimId: Id }),
  success: { status: 200, description: "The claim", schema: ClaimSchema },
  errors: [404],
});

export const createClaimRoute = defineRoute({
  method: "POST",
  path: "/claims",
  operationId: "createClaim",
  summary: "Turn an annotation into a claim",
  description: "The annotation becomes the claim's first appearance (and a CLAIM annotation). Dates are YYYY-MM-DD.",
  tag: "Claims",
  role: "EDITOR",
  body: { mediaTypes: { "application/json": CreateClaimInputSchema.meta({ id: "CreateClaim" }) }, maxBytes: JSON_BODY_LIMIT },
  success: { status: 201, description: "The claim (Location: its URL)", schema: ClaimSchema },
  errors: [400, 403, 404, 413, 415, 422],
});
