import { handleRoute } from "@/lib/api/http/handle-route";
import { reopenConflictRoute } from "@/lib/api/conflicts/contracts";
import { reopenConflict } from "@/lib/conflicts/reopen-conflict";
import { getConflict } from "@/lib/conflicts/get-conflict";

export const POST = handleRoute(reopenConflictRoute, async ({ actor, params, body }) => {
  await reopenConflict(actor, { conflictId: params.conflictId, ...body.value });
  return getConflict(actor, params.conflictId);
});
