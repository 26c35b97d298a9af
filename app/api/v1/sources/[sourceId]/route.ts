import { handleRoute } from "@/lib/api/http/handle-route";
import { getSourceRoute } from "@/lib/api/sources/contracts";
import { getSource } from "@/lib/sources/get-source";

export const GET = handleRoute(getSourceRoute, ({ actor, params }) => getSource(actor, params.sourceId));
