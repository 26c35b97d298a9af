import { handleRoute } from "@/lib/api/handle-route";
import { getTwoFactorRequirementRoute, replaceTwoFactorRequirementRoute } from "@/lib/api/workspace/two-factor-contracts";
import { getTwoFactorRequirement } from "@/lib/workspaces/get-two-factor-requirement";
import { updateTwoFactorRequirement } from "@/lib/workspaces/update-two-factor-requirement";

export const GET = handleRoute(getTwoFactorRequirementRoute, ({ actor }) => getTwoFactorRequirement(actor));

export const PUT = handleRoute(replaceTwoFactorRequirementRoute, ({ actor, body }) => updateTwoFactorRequirement(actor, body.value));
