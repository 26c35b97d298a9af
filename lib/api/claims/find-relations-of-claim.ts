import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { claimScope } from "@/lib/claims/scope";
import { findClaimRelations, type ClaimRelationDto } from "@/lib/claims/relations/find-claim-relations";
import type { Actor } from "@/lib/policy/actor";

/**
 * Any member: the typed relations of one live claim of the workspace, both
 * directions, oldest first. The claim is loaded through its scope first, so
 * another workspace's (or a deleted) claim is "not found" rather than an
 * empty list.
 */
export async function findRelationsOfClaim(actor: Actor, claimId: string): Promise<ClaimRelationDto[]> {
  authorize(actor, "article.read");
  const claim = await db.claim.findFirst({ where: claimScope(actor, claimId), select: { id: true } });
  if (!claim) throw new NotFoundError("Claim");
  return (await findClaimRelations(db, actor.workspaceId, [claim.id])).get(claim.id) ?? [];
}
