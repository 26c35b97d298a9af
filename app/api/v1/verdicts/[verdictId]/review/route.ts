import { handleRoute } from "@/lib/api/http/handle-route";
import { reviewVerdictRoute } from "@/lib/api/verdicts/contracts";
import { getVerdict } from "@/lib/api/verdicts/get-verdict";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";

export const POST = handleRoute(reviewVerdictRoute, async ({ actor, params, body }) => {
  // the use case's own input schema (trims the reason, empty → null)
  await reviewVerdict(actor, ReviewVerdictInputSchema.parse({ verdictId: params.verdictId, ...body.value }));
  return getVerdict(actor, params.verdictId);
});
