import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { claimsInScopeSql } from "@/lib/reports/content/claims-in-scope-sql";
import { REPORT_RECORD_SELECT } from "@/lib/reports/scope";

/**
 * THE rule of what the public may read: a claim has a public fact-check page
 * while at least one of its workspace's published reports covers it with an
 * approved verdict (the report's published scope, claimsInScopeSql with
 * internal: false). Unpublishing the last such report takes the page down.
 *
 * An SQL condition on the alias `c` ("Claim"); FALSE when nothing is published.
 */
export async function publicClaimsCondition(workspaceId: string, client: Tx | typeof db = db): Promise<Prisma.Sql> {
  const reports = await client.report.findMany({
    where: { workspaceId, publishedAt: { not: null } },
    select: REPORT_RECORD_SELECT,
  });
  if (reports.length === 0) return Prisma.sql`FALSE`;
  return Prisma.sql`(${Prisma.join(
    reports.map((report) => Prisma.sql`(${claimsInScopeSql(report, { internal: false })})`),
    " OR ",
  )})`;
}

/** Whether the claim has a public fact-check page now. */
export async function isClaimPublic(
  workspaceId: string,
  claimId: string,
  client: Tx | typeof db = db,
): Promise<boolean> {
  const condition = await publicClaimsCondition(workspaceId, client);
  const rows = await client.$queryRaw<
    { id: string }[]
  >`SELECT c.id FROM "Claim" c WHERE c.id = ${claimId} AND ${condition}`;
  return rows.length > 0;
}
