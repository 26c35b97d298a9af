import { handleRoute } from "@/lib/api/http/handle-route";
import { submitVerdictRoute } from "@/lib/api/verdicts/contracts";
import { getVerdict } from "@/lib/api/verdicts/get-verdict";
import { submitVerdict } from "@/lib/verdicts/step-verdict";

export const POST = handleRoute(submitVerdictRoute, async ({ actor, params, body }) => {
  await submitVerdict(actor, { verdictId: params.verdictId, lockVersion: body.value.lockVersion });
  return getVerdict(actor, params.verdictId);
});
