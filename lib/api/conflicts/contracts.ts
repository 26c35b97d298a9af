import { z } from "zod";
import { ReopenConflictInputSchema, ResolveConflictInputSchema } from "@/lib/conflicts/schemas";
import { defineResource, defineRoute } from "@/lib/api/route-contract";
import { getConflict } from "@/lib/conflicts/get-conflict";
import { PageQuerySchema } from "@/lib/paging/newest-first";
import { DateTime, Id, JSON_BODY_LIMIT, pageSchema } from "@/lib/api/http/wire";
import { VerdictSchema } from "@/lib/api/verdicts/contracts";
import { AppearanceSchema, ClaimRelationSchema } from "@/lib/api/claims/appearance-schemas";

const ConflictKindSchema = z.enum(["FIGURE_MISMATCH", "QUOTE_MISMATCH", "VERDICT_DISAGREEMENT"]);
const ConflictStatusSchema = z.enum(["OPEN", "RESOLVED"]);

export const ConflictSummarySchema = z
  .object({
    id: Id,
    kind: ConflictKindSchema,
    status: ConflictStatusSchema,
    question: z.string(),
    claimIds: z.array(Id).describe("the live member claims, oldest first"),
    createdAt: DateTime,
    resolvedAt: DateTime.nullable(),
    resolverName: z.string().nullable(),
  })
  .meta({ id: "ConflictSummary" });

const ConflictMemberSchema = z.object({
  claimId: Id,
  holds: z.boolean().nullable().describe("set once resolved: does this claim hold?"),
  statement: z.string(),
  claimant: z.string().nullable(),
  value: z.string().nullable().describe('the figure as a reader says it ("at least 12 killed")'),
  asOf: DateTime.nullable(),
  event: z.object({ label: z.string().nullable(), date: DateTime.nullable(), place: z.string().nullable() }),
  quote: z.string().nullable().describe("quote conflicts: the quoted words that were compared"),
  appearances: z.array(AppearanceSchema),
  verdicts: z.array(VerdictSchema).describe("viewers see approved verdicts only"),
  relations: z.array(ClaimRelationSchema),
});

export const ConflictSchema = z
  .object({
    id: Id,
    kind: ConflictKindSchema,
    status: ConflictStatusSchema,
    question: z.string(),
    createdAt: DateTime,
    resolution: z.string().nullable(),
    resolvedAt: DateTime.nullable(),
    resolverName: z.string().nullable(),
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
    members: z.array(ConflictMemberSchema).describe("the member claims side by side, oldest first"),
    diffs: z
      .array(
        z.object({
          fromClaimId: Id,
          toClaimId: Id,
          parts: z.array(z.object({ type: z.enum(["equal", "insert", "delete"]), text: z.string() })),
        }),
      )
      .describe("quote conflicts: how each other member's quote differs from the first member's, word by word"),
    ratingLevels: z
      .array(z.object({ key: z.string(), label: z.string() }))
      .describe("the workspace's rating scale, for `ratings` when resolving"),
  })
  .meta({ id: "Conflict" });

export const ConflictPageQuerySchema = PageQuerySchema.extend({
  status: ConflictStatusSchema.optional().describe("only conflicts with this status"),
});

const ConflictParams = z.object({ conflictId: Id });

/** A conflict with its member claims side by side. */
export const conflictResource = defineResource({
  name: "Conflict",
  schema: ConflictSchema,
  table: "Conflict",
  idParam: "conflictId",
  load: (actor, conflictId) => getConflict(actor, conflictId),
});

export const listConflictsRoute = defineRoute({
  method: "GET",
  path: "/conflicts",
  operationId: "listConflicts",
  summary: "List conflicts between claims, newest first",
  description:
    "Detection runs by itself after every change to claims, their passages, relations and verdicts; POST /conflicts/detect re-runs it.",
  tag: "Conflicts",
  role: "VIEWER",
  query: ConflictPageQuerySchema,
  success: {
    status: 200,
    description: "A page of conflicts",
    schema: pageSchema(ConflictSummarySchema, "ConflictPage"),
  },
  errors: [400],
});

export const getConflictRoute = defineRoute({
  method: "GET",
  path: "/conflicts/{conflictId}",
  operationId: "getConflict",
  summary: "Get a conflict with its member claims side by side",
  tag: "Conflicts",
  role: "VIEWER",
  params: ConflictParams,
  success: { status: 200, description: "The conflict", schema: ConflictSchema },
  errors: [404],
  resource: conflictResource,
});

export const detectConflictsRoute = defineRoute({
  method: "POST",
  path: "/conflicts/detect",
  operationId: "detectConflicts",
  summary: "Re-run conflict detection over the workspace's claims",
  description:
    "Idempotent: stores newly detected conflicts, leaves stored ones alone (a resolved conflict stays resolved), closes open ones no longer detected. No body.",
  tag: "Conflicts",
  role: "EDITOR",
  success: {
    status: 200,
    description: "What the run changed",
    schema: z
      .object({
        created: z.number().int(),
        unchanged: z.number().int(),
        closed: z.number().int().describe("open conflicts no longer detected, closed by this run"),
        claimsRead: z
          .number()
          .int()
          .describe("claims the figure and quote detectors compared (this run covers the whole workspace)"),
        verdictClaimsRead: z
          .number()
          .int()
          .describe(
            "claims whose verdicts the disagreement detector compared (those with at least one submitted, approved or sent-back verdict)",
          ),
      })
      .meta({ id: "DetectionResult" }),
  },
  errors: [403],
});

export const resolveConflictRoute = defineRoute({
  method: "POST",
  path: "/conflicts/{conflictId}/resolve",
  operationId: "resolveConflict",
  summary: "Resolve an open conflict: which claims hold, why, with evidence",
  description:
    "`holds` needs one decision per member claim. Each of `ratings` becomes your own verdict on that claim, submitted for another reviewer's approval. " +
    "A conflict that is not open: 409.",
  tag: "Conflicts",
  role: "REVIEWER",
  params: ConflictParams,
  body: {
    mediaTypes: {
      "application/json": ResolveConflictInputSchema.omit({ conflictId: true }).meta({ id: "ResolveConflict" }),
    },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: { status: 200, description: "The resolved conflict", schema: ConflictSchema },
  errors: [400, 403, 404, 409, 413, 415, 422],
  resource: conflictResource,
});

export const reopenConflictRoute = defineRoute({
  method: "POST",
  path: "/conflicts/{conflictId}/reopen",
  operationId: "reopenConflict",
  summary: "Reopen a resolved conflict",
  description:
    "The resolution is forgotten on the conflict (the audit log keeps it). A conflict that is already open: 409. Send `{}` when giving no reason.",
  tag: "Conflicts",
  role: "REVIEWER",
  params: ConflictParams,
  body: {
    mediaTypes: {
      "application/json": ReopenConflictInputSchema.omit({ conflictId: true }).meta({ id: "ReopenConflict" }),
    },
    maxBytes: JSON_BODY_LIMIT,
  },
  success: { status: 200, description: "The reopened conflict", schema: ConflictSchema },
  errors: [400, 403, 404, 409, 413, 415],
  resource: conflictResource,
});
