import { readDb } from "@/lib/db/replica";
import { factCheckUrl } from "@/lib/public-urls/public-address";
import { publicClaimsCondition } from "@/lib/publishing/public-claims-sql";
import type { PublicCorrection } from "@/lib/feeds/feed-document";

interface Row {
  claimId: string;
  statement: string;
  shortStatement: string | null;
  note: string;
  createdAt: Date;
}

/**
 * The newest corrections the public may read: notes on published reports
 * about a claim that has a public fact-check page now (public-claims-sql.ts).
 * One change to a claim writes the same note on every published report that
 * covers it, a few milliseconds apart in one transaction: a note repeating
 * the previous one of the same claim and verdict within ten seconds is that
 * same correction and is left out. Notes about a report as a whole (no claim)
 * belong to the report page, not here. Call inside withReplica (the feeds do).
 */
export async function findPublicCorrections(
  workspace: { id: string; slug: string },
  limit: number,
): Promise<PublicCorrection[]> {
  const condition = await publicClaimsCondition(workspace.id, readDb);
  const rows = await readDb.$queryRaw<Row[]>`
    SELECT "claimId", statement, "shortStatement", note, "createdAt" FROM (
      SELECT rc."claimId", c.statement, c."shortStatement", rc.note, rc."createdAt",
        lag(rc."createdAt") OVER (PARTITION BY rc."claimId", rc."verdictId", rc.note ORDER BY rc."createdAt") AS previous
      FROM "ReportCorrection" rc
      JOIN "Report" r ON r.id = rc."reportId" AND r."workspaceId" = rc."workspaceId" AND r."publishedAt" IS NOT NULL
      JOIN "Claim" c ON c.id = rc."claimId" AND c."workspaceId" = rc."workspaceId"
      WHERE rc."workspaceId" = ${workspace.id} AND ${condition}
    ) corrections
    WHERE previous IS NULL OR "createdAt" - previous > interval '10 seconds'
    ORDER BY "createdAt" DESC, "claimId" DESC
    LIMIT ${limit}`;
  return rows.map((row) => ({
    ...row,
    url: factCheckUrl(workspace.slug, {
      id: row.claimId,
      statement: row.statement,
      shortStatement: row.shortStatement,
    }),
  }));
}
