import { handleRoute } from "@/lib/api/http/handle-route";
import { listOutletsRoute } from "@/lib/api/search/contracts";
import { findOutlets } from "@/lib/search/find-outlets";

export const GET = handleRoute(listOutletsRoute, async ({ actor, query }) => ({
  items: await findOutlets(actor, { q: query.q, limit: query.limit }),
}));
