import { db } from "@/lib/db/client";

const TENANT_TABLES = [
  "Membership",
  "Article",
  "ArticleVersion",
  "Annotation",
  "AnnotationPastAnchor",
  "Reply",
  "AuditEvent",
  "Claim",
  "ClaimAppearance",
  "Verdict",
  "VerdictRevision",
  "Review",
  "Conflict",
  "ConflictMember",
  "Evidence",
  "RatingLevel",
  "Report",
  "ReportCorrection",
  "WebhookEndpoint",
  "WebhookDelivery",
  "WebhookAttempt",
] as const;

/**
 * Row count and an md5 of every row (as JSON) per tenant table, for one
 * workspace: equal fingerprints before and after a refused write prove it
 * changed nothing.
 */
export async function workspaceFingerprint(workspaceId: string): Promise<Record<string, string>> {
  const entries = await Promise.all(
    TENANT_TABLES.map(async (table) => {
      // table names come from the constant list above, never from input
      const [row] = await db.$queryRawUnsafe<{ rows: number; sum: string | null }[]>(
        `SELECT count(*)::int AS rows, md5(string_agg(to_jsonb(t)::text, ',' ORDER BY t.id)) AS sum FROM "${table}" t WHERE t."workspaceId" = $1`,
        workspaceId,
      );
      return [table, `${row?.rows}:${row?.sum}`] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/**
 * A refused write changes nothing: fingerprints every given workspace, runs
 * `attempt` (only after that), expects it to throw `error`, and compares.
 */
export async function expectRefusedWithoutChange(
  workspaceIds: string[],
  attempt: () => Promise<unknown>,
  error: new (...args: never[]) => Error,
): Promise<void> {
  const { expect } = await import("vitest");
  const before = await Promise.all(workspaceIds.map(workspaceFingerprint));
  await expect(attempt()).rejects.toThrow(error);
  expect(await Promise.all(workspaceIds.map(workspaceFingerprint))).toEqual(before);
}
