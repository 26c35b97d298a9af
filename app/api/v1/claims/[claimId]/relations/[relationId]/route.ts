import { handleRoute } from "@/lib/api/http/handle-route";
import { deleteClaimRelationRoute } from "@/lib/api/claims/relation-contracts";
import { findRelationsOfClaim } from "@/lib/api/claims/find-relations-of-claim";
import { deleteClaimRelation } from "@/lib/claims/relations/delete-claim-relation";
import { NotFoundError } from "@/lib/errors";

export const DELETE = handleRoute(deleteClaimRelationRoute, async ({ actor, params }) => {
  // the URL names the claim: a relation of another claim is not found here
  const relations = await findRelationsOfClaim(actor, params.claimId);
  if (!relations.some((r) => r.id === params.relationId)) throw new NotFoundError("Relation");
  await deleteClaimRelation(actor, { relationId: params.relationId });
});
