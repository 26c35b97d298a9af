import { handleResourceRead } from "@/lib/api/http/handle-route";
import { getConflictRoute } from "@/lib/api/conflicts/contracts";

export const GET = handleResourceRead(getConflictRoute);
