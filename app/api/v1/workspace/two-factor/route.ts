import { handleResourceRead, handleRoute } from "@/lib/api/http/handle-route";
import {
  getTwoFactorRequirementRoute,
  replaceTwoFactorRequirementRoute,
} from "@/lib/api/workspace/two-factor-contracts";
import { updateTwoFactorRequirement } from "@/lib/workspaces/update-two-factor-requirement";

export const GET = handleResourceRead(getTwoFactorRequirementRoute);

export const PUT = handleRoute(replaceTwoFactorRequirementRoute, ({ actor, body }) =>
  updateTwoFactorRequirement(actor, body.value),
);
