import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportRecord } from "@/lib/reports/scope";

/**
 * Every subquery names the claim's workspace too: the tenant indexes lead with
 * workspaceId, so without it each EXISTS scanned a whole index per claim.
 *
 * SECURITY: claimsInScope (claims-in-scope.ts) as an SQL condition on the
 * alias `c` ("Claim"), for the entry loader, which reads each page of a
 * report in one query. Both must select the same claims: scope-sql.int.test.ts
 * compares them for every scope, internal and published.
 */
export function claimsInScopeSql(
  report: Pick<ReportRecord, "workspaceId" | "scope" | "articleId" | "claimIds" | "conflictId" | "fromDate" | "toDate">,
  options: { internal: boolean },
): Prisma.Sql {
  const approved = options.internal
    ? Prisma.sql`TRUE`
    : Prisma.sql`EXISTS (SELECT 1 FROM "Verdict" v WHERE v."workspaceId" = c."workspaceId" AND v."claimId" = c.id AND v.status = 'APPROVED')`;
  return Prisma.sql`c."workspaceId" = ${report.workspaceId} AND c."deletedAt" IS NULL AND (${scopeCondition(report, options)}) AND ${approved}`;
}

function scopeCondition(
  report: Pick<ReportRecord, "scope" | "articleId" | "claimIds" | "conflictId" | "fromDate" | "toDate">,
  options: { internal: boolean },
): Prisma.Sql {
  switch (report.scope) {
    case "ARTICLE":
      return Prisma.sql`EXISTS (
        SELECT 1 FROM "ClaimAppearance" ca
        JOIN "Annotation" a ON a.id = ca."annotationId" AND a."deletedAt" IS NULL
        JOIN "ArticleVersion" av ON av.id = a."versionId"
        JOIN "Article" ar ON ar.id = av."articleId" AND ar."deletedAt" IS NULL
        WHERE ca."claimId" = c.id AND a."articleId" = ${report.articleId ?? ""})`;
    case "CLAIMS":
      return Prisma.sql`c.id = ANY(${report.claimIds}::text[])`;
    case "CONFLICT":
      return Prisma.sql`EXISTS (SELECT 1 FROM "ConflictMember" m WHERE m."workspaceId" = c."workspaceId" AND m."claimId" = c.id AND m."conflictId" = ${report.conflictId ?? ""})`;
    case "WORKSPACE": {
      const from = report.fromDate ?? new Date(0);
      const to = report.toDate ?? new Date(0);
      const approvedInRange = Prisma.sql`EXISTS (
        SELECT 1 FROM "Verdict" v JOIN "Review" rv ON rv."workspaceId" = v."workspaceId" AND rv."verdictId" = v.id
        WHERE v."workspaceId" = c."workspaceId" AND v."claimId" = c.id AND rv.decision = 'APPROVE' AND rv."createdAt" >= ${from} AND rv."createdAt" < ${to})`;
      if (!options.internal) return approvedInRange;
      return Prisma.sql`${approvedInRange} OR EXISTS (SELECT 1 FROM "Verdict" v WHERE v."workspaceId" = c."workspaceId" AND v."claimId" = c.id AND v.status <> 'REJECTED' AND v."updatedAt" >= ${from} AND v."updatedAt" < ${to})`;
    }
  }
}
