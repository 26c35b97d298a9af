import { handleRoute } from "@/lib/api/handle-route";
import { getConflictRoute } from "@/lib/api/conflicts/contracts";
import { getConflict } from "@/lib/conflicts/get-conflict";

export const GET = handleRoute(getConflictRoute, ({ actor, params }) => getConflict(actor, params.conflictId));
