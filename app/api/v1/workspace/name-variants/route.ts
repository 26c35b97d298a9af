import { handleResourceRead, handleRoute } from "@/lib/api/http/handle-route";
import { getNameVariantsRoute, replaceNameVariantsRoute } from "@/lib/api/workspace/contracts";
import { updateNameVariants } from "@/lib/claims/update-name-variants";

export const GET = handleResourceRead(getNameVariantsRoute);

export const PUT = handleRoute(replaceNameVariantsRoute, ({ actor, body }) => updateNameVariants(actor, body.value));
