import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { claimScope } from "@/lib/claims/scope";
import { publishedReportsCoveringClaim, type CoveringReport } from "@/lib/corrections/published-reports-covering-claim";
import type { Actor } from "@/lib/policy/actor";

/**
 * Any member: the published reports a claim is in, so the claim page can say
 * that changing its verdict needs a correction note. A claim not approved yet
 * is listed under a workspace report whose range includes today (approving it
 * now would add it).
 */
export async function findPublishedReportsForClaim(actor: Actor, claimId: string): Promise<CoveringReport[]> {
  authorize(actor, "report.exportPublished");
  const claim = await db.claim.findFirst({ where: claimScope(actor, claimId), select: { id: true } });
  if (!claim) throw new NotFoundError("Claim");
  return publishedReportsCoveringClaim(db, actor.workspaceId, claim.id, new Date());
}
