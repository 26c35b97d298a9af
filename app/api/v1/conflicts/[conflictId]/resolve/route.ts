import { handleRoute } from "@/lib/api/http/handle-route";
import { resolveConflictRoute } from "@/lib/api/conflicts/contracts";
import { resolveConflict } from "@/lib/conflicts/resolve-conflict";
import { getConflict } from "@/lib/conflicts/get-conflict";

export const POST = handleRoute(resolveConflictRoute, async ({ actor, params, body }) => {
  await resolveConflict(actor, { conflictId: params.conflictId, ...body.value });
  return getConflict(actor, params.conflictId);
});
