import { handleRoute } from "@/lib/api/http/handle-route";
import { getPassageExtractionRoute } from "@/lib/api/claims/appearance-contracts";
import { getPassageExtraction } from "@/lib/claims/get-passage-extraction";

export const GET = handleRoute(getPassageExtractionRoute, ({ actor, params, query }) =>
  getPassageExtraction(actor, params.annotationId, query.claimId),
);
