import { handleRoute } from "@/lib/api/handle-route";
import { getVerdictRoute } from "@/lib/api/verdicts/contracts";
import { getVerdict } from "@/lib/api/verdicts/get-verdict";

export const GET = handleRoute(getVerdictRoute, ({ actor, params }) => getVerdict(actor, params.verdictId));
