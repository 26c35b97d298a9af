import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportRecord } from "@/lib/reports/scope";

/**
 * SECURITY: the claims a report covers, always inside the report's workspace
 * and live (claims-in-scope-sql.ts says the same in SQL for the entry loader). Published output (internal = false) keeps only claims with an
 * approved verdict; internal output also lists claims still being checked.
 *
 * A workspace report covers the claims with a verdict approved in its range.
 * Any approval counts, also one that a later revision replaced: a claim never
 * silently leaves a published report because its verdict was corrected.
 */
export function claimsInScope(
  report: Pick<ReportRecord, "workspaceId" | "scope" | "articleId" | "claimIds" | "conflictId" | "fromDate" | "toDate">,
  options: { internal: boolean },
): Prisma.ClaimWhereInput {
  const base: Prisma.ClaimWhereInput = { workspaceId: report.workspaceId, deletedAt: null };
  const approved: Prisma.ClaimWhereInput = options.internal ? {} : { verdicts: { some: { status: "APPROVED" } } };
  return { AND: [base, scopeFilter(report, options), approved] };
}

function scopeFilter(
  report: Pick<ReportRecord, "scope" | "articleId" | "claimIds" | "conflictId" | "fromDate" | "toDate">,
  options: { internal: boolean },
): Prisma.ClaimWhereInput {
  switch (report.scope) {
    case "ARTICLE":
      return {
        appearances: {
          some: {
            annotation: {
              deletedAt: null,
              articleId: report.articleId ?? "",
              version: { article: { deletedAt: null } },
            },
          },
        },
      };
    case "CLAIMS":
      return { id: { in: report.claimIds } };
    case "CONFLICT":
      return { conflictMembers: { some: { conflictId: report.conflictId ?? "" } } };
    case "WORKSPACE": {
      const range = { gte: report.fromDate ?? new Date(0), lt: report.toDate ?? new Date(0) };
      const approvedInRange: Prisma.ClaimWhereInput = {
        verdicts: { some: { reviews: { some: { decision: "APPROVE", createdAt: range } } } },
      };
      // Internal previews also show verdicts being worked on in the range.
      if (!options.internal) return approvedInRange;
      return { OR: [approvedInRange, { verdicts: { some: { status: { not: "REJECTED" }, updatedAt: range } } }] };
    }
  }
}
