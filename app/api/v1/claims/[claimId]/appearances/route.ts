import { handleRoute } from "@/lib/api/http/handle-route";
import { linkAppearanceRoute } from "@/lib/api/claims/appearance-contracts";
import { linkAppearance } from "@/lib/claims/link-appearance";
import { getClaim } from "@/lib/claims/get-claim";
import { LinkAppearanceInputSchema } from "@/lib/claims/schemas";

export const POST = handleRoute(linkAppearanceRoute, async ({ actor, params, body }) => {
  // the use case's own schema: a blank note is no note
  await linkAppearance(actor, LinkAppearanceInputSchema.parse({ claimId: params.claimId, ...body.value }));
  return getClaim(actor, params.claimId);
});
