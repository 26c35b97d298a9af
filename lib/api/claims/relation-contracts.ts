import { z } from "zod";
import { ClaimRelationFieldsSchema } from "@/lib/claims/relations/schemas";
import { defineRoute } from "@/lib/api/route-contract";
import { Id, JSON_BODY_LIMIT } from "@/lib/api/http/wire";
import { ClaimRelationSchema } from "@/lib/api/claims/appearance-schemas";

export const ClaimRelationListSchema = z
  .object({ items: z.array(ClaimRelationSchema) })
  .meta({ id: "ClaimRelationList" });

const ClaimParams = z.object({ claimId: Id });

export const listClaimRelationsRoute = defineRoute({
  method: "GET",
  path: "/claims/{claimId}/relations",
  operationId: "listClaimRelations",
  summary: "List a claim's typed relations, both directions, oldest first",
  description: "Not paged: a claim has few relations. Relations to deleted claims are left out.",
  tag: "Claims",
  role: "VIEWER",
  params: ClaimParams,
  success: { status: 200, description: "The relations", schema: ClaimRelationListSchema },
  errors: [404],
});

export const createClaimRelationRoute = defineRoute({
  method: "POST",
  path: "/claims/{claimId}/relations",
  operationId: "createClaimRelation",
  summary: "Record that this claim misquotes, contradicts, updates or translates another",
  description:
    "From this claim to `toClaimId`, which must be a claim of the same workspace (404 otherwise, and nothing is written). " +
    "`language` and `originalWording` are kept for TRANSLATION_OF only. An UPDATES relation supersedes the other claim's figure instead of conflicting with it. " +
    "The same relation twice: 409. Conflict detection runs afterwards.",
  tag: "Claims",
  role: "EDITOR",
  params: ClaimParams,
  body: {
    mediaTypes: { "application/json": ClaimRelationFieldsSchema.meta({ id: "CreateClaimRelation" }) },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: {
    status: 201,
    description: "The relation, seen from this claim (Location: its URL)",
    schema: ClaimRelationSchema,
  },
  errors: [400, 403, 404, 409, 413, 415, 422],
});

export const deleteClaimRelationRoute = defineRoute({
  method: "DELETE",
  path: "/claims/{claimId}/relations/{relationId}",
  operationId: "deleteClaimRelation",
  summary: "Remove a relation recorded by mistake",
  description: "The relation must involve this claim (either direction). Conflict detection runs afterwards.",
  tag: "Claims",
  role: "EDITOR",
  params: z.object({ claimId: Id, relationId: Id }),
  success: { status: 204, description: "Removed" },
  errors: [403, 404],
});
