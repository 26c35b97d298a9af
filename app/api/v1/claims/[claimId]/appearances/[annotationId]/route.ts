import { handleRoute } from "@/lib/api/http/handle-route";
import { unlinkAppearanceRoute } from "@/lib/api/claims/appearance-contracts";
import { unlinkAppearance } from "@/lib/claims/unlink-appearance";

export const DELETE = handleRoute(unlinkAppearanceRoute, async ({ actor, params, query }) => {
  await unlinkAppearance(actor, {
    claimId: params.claimId,
    annotationId: params.annotationId,
    correctionNote: query.correctionNote,
  });
});
