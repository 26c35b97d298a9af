import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/errors";
import { publicClaimsCondition } from "@/lib/publishing/public-claims-sql";
import type { SourceHealth } from "@/lib/generated/prisma/enums";

/** What the public page of a preserved source shows: the copy and its provenance, nothing of the workspace's people. */
export interface PublicSourceCopyDto {
  id: string;
  url: string;
  title: string | null;
  text: string | null;
  contentType: string | null;
  contentHash: string | null;
  httpStatus: number | null;
  fetchedAt: Date;
  health: SourceHealth;
  checkedAt: Date | null;
  /** the public claims citing it, for links back to their fact-checks */
  claims: { id: string; statement: string; shortStatement: string | null }[];
}

/**
 * SECURITY: no actor — anyone may read a preserved copy, but ONLY of a source
 * cited as evidence by the approved (latest) revision of an approved verdict
 * on a claim that is public now (publicClaimsCondition, the one rule).
 * Anything else — an unknown id, another workspace's, a copy not yet fetched,
 * a source cited only by drafts or by claims that are not public — is the
 * same NotFoundError.
 */
export async function getPublicSourceCopy(workspaceSlug: string, snapshotId: string): Promise<PublicSourceCopyDto> {
  const workspace = await db.workspace.findUnique({ where: { slug: workspaceSlug }, select: { id: true } });
  if (!workspace) throw new NotFoundError("Source");
  const snapshot = await db.sourceSnapshot.findFirst({
    where: { id: snapshotId, workspaceId: workspace.id, fetchedAt: { not: null } },
    select: {
      id: true,
      url: true,
      title: true,
      text: true,
      contentType: true,
      contentHash: true,
      httpStatus: true,
      fetchedAt: true,
      health: true,
      checkedAt: true,
    },
  });
  if (!snapshot) throw new NotFoundError("Source");
  const isPublic = await publicClaimsCondition(workspace.id);
  const claims = await db.$queryRaw<{ id: string; statement: string; shortStatement: string | null }[]>(Prisma.sql`
    SELECT DISTINCT c.id, c.statement, c."shortStatement" FROM "Claim" c
    JOIN "Verdict" v ON v."workspaceId" = c."workspaceId" AND v."claimId" = c.id AND v.status = 'APPROVED'
    JOIN "VerdictRevision" r ON r."workspaceId" = v."workspaceId" AND r."verdictId" = v.id
      AND r.number = (SELECT max(r2.number) FROM "VerdictRevision" r2 WHERE r2."verdictId" = v.id)
    JOIN "Evidence" e ON e."workspaceId" = r."workspaceId" AND e."revisionId" = r.id AND e.url = ${snapshot.url}
    WHERE c."workspaceId" = ${workspace.id} AND ${isPublic}
    ORDER BY c.id`);
  if (claims.length === 0) throw new NotFoundError("Source");
  return { ...snapshot, fetchedAt: snapshot.fetchedAt!, claims };
}
