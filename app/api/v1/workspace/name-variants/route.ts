import { handleRoute } from "@/lib/api/handle-route";
import { getNameVariantsRoute, replaceNameVariantsRoute } from "@/lib/api/workspace/contracts";
import { getNameVariants } from "@/lib/workspaces/get-name-variants";
import { updateNameVariants } from "@/lib/workspaces/update-name-variants";

export const GET = handleRoute(getNameVariantsRoute, ({ actor }) => getNameVariants(actor));

export const PUT = handleRoute(replaceNameVariantsRoute, ({ actor, body }) => updateNameVariants(actor, body.value));
