import { handleRoute } from "@/lib/api/http/handle-route";
import { checkSourcesRoute } from "@/lib/api/sources/contracts";
import { requestSourceCheck } from "@/lib/sources/request-source-check";

export const POST = handleRoute(checkSourcesRoute, ({ actor }) => requestSourceCheck(actor));
