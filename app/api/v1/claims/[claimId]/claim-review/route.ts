import { handleResourceRead, handleRoute } from "@/lib/api/http/handle-route";
import { getClaimReviewFieldsRoute, replaceClaimReviewFieldsRoute } from "@/lib/api/claims/claim-review-contracts";
import { getClaimReviewFields } from "@/lib/claims/get-claim-review-fields";
import { updateClaimReviewFields } from "@/lib/claims/update-claim-review-fields";

export const GET = handleResourceRead(getClaimReviewFieldsRoute);

export const PUT = handleRoute(replaceClaimReviewFieldsRoute, async ({ actor, params, body }) => {
  await updateClaimReviewFields(actor, { ...body.value, claimId: params.claimId });
  return getClaimReviewFields(actor, params.claimId);
});
