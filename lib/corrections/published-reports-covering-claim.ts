import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";

export interface CoveringReport {
  id: string;
  title: string;
  publishedAt: Date;
}

/**
 * The workspace's currently published reports whose scope covers the claim:
 * an article report with a live passage of the claim, a claims report that
 * names it, a conflict report it is a member of, a workspace report whose
 * range holds one of its approvals (or `approvingAt`, an approval being made
 * now). Reads inside the caller's transaction when given one.
 */
export async function publishedReportsCoveringClaim(
  client: Tx | typeof db,
  workspaceId: string,
  claimId: string,
  approvingAt?: Date,
): Promise<CoveringReport[]> {
  const reports = await client.report.findMany({
    where: { workspaceId, publishedAt: { not: null } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      publishedAt: true,
      scope: true,
      articleId: true,
      claimIds: true,
      conflictId: true,
      fromDate: true,
      toDate: true,
    },
  });
  if (reports.length === 0) return [];
  const claim = await client.claim.findFirst({
    where: { id: claimId, workspaceId },
    select: {
      appearances: {
        where: { annotation: { deletedAt: null, version: { article: { deletedAt: null } } } },
        select: { annotation: { select: { articleId: true } } },
      },
      conflictMembers: { select: { conflictId: true } },
      verdicts: { select: { reviews: { where: { decision: "APPROVE" }, select: { createdAt: true } } } },
    },
  });
  if (!claim) return [];
  const articleIds = new Set(claim.appearances.map((a) => a.annotation.articleId));
  const conflictIds = new Set(claim.conflictMembers.map((m) => m.conflictId));
  const approvals = [
    ...claim.verdicts.flatMap((v) => v.reviews.map((r) => r.createdAt)),
    ...(approvingAt ? [approvingAt] : []),
  ];
  const covers = (r: (typeof reports)[number]): boolean => {
    switch (r.scope) {
      case "ARTICLE":
        return r.articleId !== null && articleIds.has(r.articleId);
      case "CLAIMS":
        return r.claimIds.includes(claimId);
      case "CONFLICT":
        return r.conflictId !== null && conflictIds.has(r.conflictId);
      case "WORKSPACE":
        return approvals.some((at) => r.fromDate !== null && r.toDate !== null && at >= r.fromDate && at < r.toDate);
    }
  };
  return reports.filter(covers).map((r) => ({ id: r.id, title: r.title, publishedAt: r.publishedAt! }));
}
