import { handleResourceRead, handleRoute } from "@/lib/api/http/handle-route";
import { deleteClaimRoute, getClaimRoute, updateClaimRoute } from "@/lib/api/claims/contracts";
import { toUpdateClaimInput } from "@/lib/api/claims/to-update-claim-input";
import { getClaim } from "@/lib/claims/get-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { deleteClaim } from "@/lib/claims/delete-claim";

export const GET = handleResourceRead(getClaimRoute);

export const PATCH = handleRoute(updateClaimRoute, async ({ actor, params, body }) => {
  // read through the claim's scope (404), merge the patch over it, let the use case write (and scope) it again
  const current = await getClaim(actor, params.claimId);
  await updateClaim(actor, toUpdateClaimInput(current, body.value));
  return getClaim(actor, params.claimId);
});

export const DELETE = handleRoute(deleteClaimRoute, async ({ actor, params, query }) => {
  await deleteClaim(actor, { claimId: params.claimId, correctionNote: query.correctionNote });
});
