import { z } from "zod";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { defineResource, defineRoute } from "@/lib/api/route-contract";
import { getClaim } from "@/lib/claims/get-claim";
import { PageQuerySchema } from "@/lib/paging/newest-first";
import { DateTime, Id, JSON_BODY_LIMIT, pageSchema } from "@/lib/api/http/wire";
import { VerdictSchema } from "@/lib/api/verdicts/contracts";
import { AppearanceSchema, ClaimRelationSchema, QualifierSchema } from "@/lib/api/claims/appearance-schemas";

export const ClaimSummarySchema = z
  .object({
    id: Id,
    statement: z.string(),
    claimant: z.string().nullable(),
    claimDate: DateTime.nullable(),
    createdAt: DateTime,
    updatedAt: DateTime,
  })
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
      qualifier: QualifierSchema.nullable(),
      unit: z.string().nullable(),
      asOf: DateTime.nullable(),
    }),
    event: z.object({ label: z.string().nullable(), date: DateTime.nullable(), place: z.string().nullable() }),
    assignedEditorId: z.string().nullable(),
    assignedReviewerId: z.string().nullable(),
    appearances: z
      .array(AppearanceSchema)
      .describe("the annotated passages that state this claim, oldest first, with what each states and how it differs"),
    relations: z.array(ClaimRelationSchema).describe("typed relations to other claims, both directions, oldest first"),
    verdicts: z.array(VerdictSchema).describe("oldest first; viewers see approved verdicts only"),
  })
  .meta({ id: "Claim" });

const ClaimParams = z.object({ claimId: Id });

/** A claim with its appearances, relations and verdicts: a change to any of them changes its ETag. */
export const claimResource = defineResource({
  name: "Claim",
  schema: ClaimSchema,
  table: "Claim",
  idParam: "claimId",
  load: (actor, claimId) => getClaim(actor, claimId),
});
export const CorrectionNoteQuerySchema = z.object({
  correctionNote: z
    .string()
    .max(2000)
    .optional()
    .describe("required (422 otherwise) when a published report shows what this changes: the report lists it, dated"),
});

const nullableText = (max: number) => z.string().max(max).nullable().optional();
const nullableDate = z.string().max(40).nullable().optional().describe("YYYY-MM-DD; null clears it");

/** PATCH body: each field sent replaces the stored one, null clears it, a field left out keeps its value. */
export const PatchClaimBodySchema = z
  .strictObject({
    statement: z.string().max(1000).optional(),
    claimant: nullableText(200),
    claimDate: nullableDate,
    metric: nullableText(60),
    valueLow: z
      .number()
      .nullable()
      .optional()
      .describe("sent without valueHigh: a single value (valueHigh = valueLow)"),
    valueHigh: z.number().nullable().optional(),
    qualifier: QualifierSchema.nullable().optional(),
    unit: nullableText(30),
    asOf: nullableDate,
    eventLabel: nullableText(200),
    eventDate: nullableDate,
    eventPlace: nullableText(120),
    correctionNote: z
      .string()
      .max(2000)
      .optional()
      .describe(
        "required (422 otherwise) to change the statement, claimant or claim date of a claim a published report shows",
      ),
  })
  .meta({ id: "PatchClaim" });

export const ClaimPageQuerySchema = PageQuerySchema.extend({
  q: z
    .string()
    .max(200)
    .optional()
    .describe(
      "only claims whose statement or claimant has every word, in any order, as the app's claim search: a name in any of its spellings, a number as a whole number (`90` never finds `190`, `1200` finds `1,200`), other words as part of a word; short function words other than the last are not required",
    ),
});

export const listClaimsRoute = defineRoute({
  method: "GET",
  path: "/claims",
  operationId: "listClaims",
  summary: "List claims, newest first, or search them",
  description:
    "With `q`, the claims the app's claim search finds (the reader's look-up and the claim picker), paged newest first like the whole list.",
  tag: "Claims",
  role: "VIEWER",
  query: ClaimPageQuerySchema,
  success: { status: 200, description: "A page of claims", schema: pageSchema(ClaimSummarySchema, "ClaimPage") },
  errors: [400],
});

export const getClaimRoute = defineRoute({
  method: "GET",
  path: "/claims/{claimId}",
  operationId: "getClaim",
  summary: "Get a claim with its appearances, relations and verdicts",
  description:
    "Each appearance carries what its passage states (`extraction`), how it differs from the claim (`differences`), what a new article version changed (`change`) and the open `warning` a reviewer must acknowledge.",
  tag: "Claims",
  role: "VIEWER",
  params: ClaimParams,
  success: { status: 200, description: "The claim", schema: ClaimSchema },
  errors: [404],
  resource: claimResource,
});

export const createClaimRoute = defineRoute({
  method: "POST",
  path: "/claims",
  operationId: "createClaim",
  summary: "Turn an annotation into a claim",
  description:
    "The annotation becomes the claim's first appearance (and a CLAIM annotation). Dates are YYYY-MM-DD. " +
    "Fields left out are filled from what the passage states: the claimant from a quote's speaker, the value from its figure (only when no value field is sent), the event date from the passage or its article (see GET /annotations/{annotationId}/extraction). " +
    "With `relation`, the new claim is recorded as misquoting / contradicting / updating / translating another claim. Conflict detection runs afterwards.",
  tag: "Claims",
  role: "EDITOR",
  body: {
    mediaTypes: { "application/json": CreateClaimInputSchema.meta({ id: "CreateClaim" }) },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: { status: 201, description: "The claim (Location: its URL)", schema: ClaimSchema },
  errors: [400, 403, 404, 413, 415, 422],
  creates: claimResource,
});

export const updateClaimRoute = defineRoute({
  method: "PATCH",
  path: "/claims/{claimId}",
  operationId: "updateClaim",
  summary: "Edit a claim's statement, claimant, date and value",
  description:
    "Merge semantics: each field sent replaces the stored one, `null` clears it, a field left out keeps its value (`valueLow` alone sets a single value). " +
    "The appearances are compared with the edited claim again and conflict detection runs afterwards.",
  tag: "Claims",
  role: "EDITOR",
  params: ClaimParams,
  body: { mediaTypes: { "application/json": PatchClaimBodySchema }, maxBytes: JSON_BODY_LIMIT },
  success: { status: 200, description: "The edited claim", schema: ClaimSchema },
  errors: [400, 403, 404, 413, 415, 422],
  resource: claimResource,
});

export const deleteClaimRoute = defineRoute({
  method: "DELETE",
  path: "/claims/{claimId}",
  operationId: "deleteClaim",
  summary: "Delete a claim (yours, or any as an admin)",
  description: "A soft delete: verdicts, passages and history stay. Conflict detection runs afterwards.",
  tag: "Claims",
  role: "EDITOR",
  params: ClaimParams,
  query: CorrectionNoteQuerySchema,
  success: { status: 204, description: "Deleted" },
  errors: [400, 403, 404, 422],
  resource: claimResource,
});
