import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { claimScope } from "@/lib/claims/scope";
import { pageArgs, toPage, type Page, type PageQuery } from "@/lib/paging/newest-first";
import type { Actor } from "@/lib/policy/actor";

export interface ClaimSummaryDto {
  id: string;
  statement: string;
  claimant: string | null;
  claimDate: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Any member: one page of the workspace's live claims, newest first (details and verdicts: getClaim). */
export async function findClaimsPage(actor: Actor, query: PageQuery): Promise<Page<ClaimSummaryDto>> {
  authorize(actor, "article.read");
  const { where, ...paging } = pageArgs(query);
  const rows = await db.claim.findMany({
    where: { ...claimScope(actor), ...where },
    ...paging,
    select: { id: true, statement: true, claimant: true, claimDate: true, createdAt: true, updatedAt: true },
  });
  return toPage(rows, query, (row) => row);
}
