import { z } from "zod";
import { defineRoute } from "@/lib/api/route-contract";
import { DateTime, Id } from "@/lib/api/http/wire";

export const AuditTrailStatusSchema = z
  .object({
    intact: z.boolean().describe("false: some event was changed, removed or moved after it was written (see brokenAt)"),
    eventsVerified: z
      .number()
      .int()
      .describe("events whose hash and link were recomputed and found intact, oldest first, up to the break"),
    lastVerified: z
      .object({
        eventId: Id,
        sequence: z.number().int().describe("the event's position in the workspace's chain, from 1"),
        hash: z.string().describe("SHA-256, hex"),
        createdAt: DateTime,
      })
      .nullable()
      .describe("the last intact event; null when the workspace has none"),
    brokenAt: z
      .object({
        eventId: Id.describe("the first event that does not continue the chain"),
        sequence: z.number().int(),
        kind: z.enum(["content_changed", "event_missing", "reordered"]),
        detail: z.string(),
      })
      .nullable(),
    verifiedAt: DateTime,
  })
  .meta({ id: "AuditTrailStatus" });

export const verifyAuditTrailRoute = defineRoute({
  method: "GET",
  path: "/workspace/audit/verification",
  operationId: "verifyAuditTrail",
  summary: "Check that the workspace's audit trail is intact (admins)",
  description:
    "Every audit event carries a SHA-256 hash chained to the previous event of the workspace, computed by the database when the event is written. " +
    "This recomputes the whole chain now and names the first broken link, if any. It reads every event of the workspace: a very large one takes seconds.",
  tag: "Workspace",
  role: "ADMIN",
  success: { status: 200, description: "The result of the check", schema: AuditTrailStatusSchema },
  errors: [403],
});
