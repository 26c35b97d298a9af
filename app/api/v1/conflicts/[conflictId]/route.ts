import { handleResourceRead } from "@/lib/api/handle-route";
import { getConflictRoute } from "@/lib/api/conflicts/contracts";

export const GET = handleResourceRead(getConflictRoute);
