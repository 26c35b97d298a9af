import { handleResourceRead } from "@/lib/api/handle-route";
import { getVerdictRoute } from "@/lib/api/verdicts/contracts";

export const GET = handleResourceRead(getVerdictRoute);
