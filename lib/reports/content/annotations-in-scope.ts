import type { Prisma } from "@/lib/generated/prisma/client";
import { claimsInScope } from "@/lib/reports/content/claims-in-scope";
import type { ReportRecord } from "@/lib/reports/scope";

/**
 * SECURITY: the annotations a report's Web Annotation export covers, inside
 * the report's workspace, live, and placed on their version's text (orphaned
 * and ambiguous anchors have no position to export). Internal output: every
 * annotation of an article report; for the other scopes, the passages of the
 * claims in scope. Published output: only passages of claims with an approved
 * verdict (notes and replies are internal).
 */
export function annotationsInScope(report: ReportRecord, options: { internal: boolean }): Prisma.AnnotationWhereInput {
  const placed: Prisma.AnnotationWhereInput = {
    workspaceId: report.workspaceId,
    deletedAt: null,
    anchorState: { notIn: ["ORPHANED", "AMBIGUOUS"] },
    version: { article: { deletedAt: null } },
  };
  if (options.internal && report.scope === "ARTICLE") return { ...placed, articleId: report.articleId ?? "" };
  return { ...placed, appearances: { some: { claim: claimsInScope(report, options) } } };
}
