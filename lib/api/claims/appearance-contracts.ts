import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";
import { Id, JSON_BODY_LIMIT } from "@/lib/api/http/wire";
import { ClaimSchema, claimResource, CorrectionNoteQuerySchema } from "@/lib/api/claims/contracts";
import {
  AppearanceDifferenceSchema,
  ClaimFieldsSuggestionSchema,
  PassageExtractionSchema,
} from "@/lib/api/claims/appearance-schemas";

export const LinkAppearanceBodySchema = z
  .object({
    annotationId: Id,
    differenceNote: z
      .string()
      .max(2000)
      .optional()
      .describe(
        "why the passage is the same claim despite its difference; required (422 listing the differences) when it differs",
      ),
  })
  .meta({ id: "LinkAppearance" });

export const PassageExtractionResultSchema = z
  .object({
    annotationId: Id,
    exact: z.string(),
    extraction: PassageExtractionSchema,
    suggestion: ClaimFieldsSuggestionSchema,
    differences: z
      .array(AppearanceDifferenceSchema)
      .nullable()
      .describe(
        "with `claimId`: how the passage differs from that claim ([] = it agrees), i.e. what linking it would report; else null",
      ),
  })
  .meta({ id: "PassageExtractionResult" });

export const linkAppearanceRoute = defineRoute({
  method: "POST",
  path: "/claims/{claimId}/appearances",
  operationId: "linkAppearance",
  summary: "Link an annotated passage (in any article) as an appearance of the claim",
  description:
    "A passage that differs from the claim (other words inside a direct quote, another figure, an incompatible qualifier) is linked only with a `differenceNote`; " +
    "without one the answer is 422 with the differences on `differenceNote`, and nothing is written (or record a relation instead). " +
    "A passage linked despite a difference carries a `warning` until a reviewer acknowledges it. Conflict detection runs afterwards.",
  tag: "Claims",
  role: "EDITOR",
  params: z.object({ claimId: Id }),
  body: { mediaTypes: { "application/json": LinkAppearanceBodySchema }, maxBytes: JSON_BODY_LIMIT },
  success: { status: 201, description: "The claim with its new appearance", schema: ClaimSchema },
  errors: [400, 403, 404, 409, 413, 415, 422],
  resource: claimResource,
});

export const unlinkAppearanceRoute = defineRoute({
  method: "DELETE",
  path: "/claims/{claimId}/appearances/{annotationId}",
  operationId: "unlinkAppearance",
  summary: "Unlink a passage from the claim",
  description: "The annotation stays (as a note when it states no other claim). Conflict detection runs afterwards.",
  tag: "Claims",
  role: "EDITOR",
  params: z.object({ claimId: Id, annotationId: Id }),
  query: CorrectionNoteQuerySchema,
  success: { status: 204, description: "Unlinked" },
  errors: [400, 403, 404, 422],
  resource: claimResource,
});

export const getPassageExtractionRoute = defineRoute({
  method: "GET",
  path: "/annotations/{annotationId}/extraction",
  operationId: "getPassageExtraction",
  summary: "What an annotated passage states, the claim fields it suggests, and how it differs from a claim",
  description:
    "Before anything is linked: `claimId` compares the passage with that claim. A passage with no figure or quote gives empty arrays.",
  tag: "Claims",
  role: "VIEWER",
  params: z.object({ annotationId: Id }),
  query: z.object({ claimId: Id.optional().describe("compare with this claim") }),
  success: { status: 200, description: "The extraction", schema: PassageExtractionResultSchema },
  errors: [400, 404],
});
