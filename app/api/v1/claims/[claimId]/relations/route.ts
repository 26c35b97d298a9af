import { handleRoute } from "@/lib/api/http/handle-route";
import { createClaimRelationRoute, listClaimRelationsRoute } from "@/lib/api/claims/relation-contracts";
import { findRelationsOfClaim } from "@/lib/api/claims/find-relations-of-claim";
import { createClaimRelation } from "@/lib/claims/relations/create-claim-relation";
import { NotFoundError } from "@/lib/errors";

export const GET = handleRoute(listClaimRelationsRoute, async ({ actor, params }) => ({
  items: await findRelationsOfClaim(actor, params.claimId),
}));

export const POST = handleRoute(createClaimRelationRoute, async ({ actor, params, body, url, headers }) => {
  const { id } = await createClaimRelation(actor, { fromClaimId: params.claimId, ...body.value });
  headers.set("Location", `${url.pathname}/${id}`);
  const relation = (await findRelationsOfClaim(actor, params.claimId)).find(
    (r) => r.id === id && r.direction === "outgoing",
  );
  // deleted between the two statements by someone else
  if (!relation) throw new NotFoundError("Relation");
  return relation;
});
