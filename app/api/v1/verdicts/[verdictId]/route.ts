import { handleResourceRead } from "@/lib/api/http/handle-route";
import { getVerdictRoute } from "@/lib/api/verdicts/contracts";

export const GET = handleResourceRead(getVerdictRoute);
