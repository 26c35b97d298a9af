import { handleRoute } from "@/lib/api/handle-route";
import { getClaimRoute } from "@/lib/api/claims/contracts";
import { getClaim } from "@/lib/claims/get-claim";

export const GET = handleRoute(getClaimRoute, ({ actor, params }) => getClaim(actor, params.claimId));
