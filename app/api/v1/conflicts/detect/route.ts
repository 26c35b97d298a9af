import { handleRoute } from "@/lib/api/http/handle-route";
import { detectConflictsRoute } from "@/lib/api/conflicts/contracts";
import { detectConflicts } from "@/lib/conflicts/detect-conflicts";

export const POST = handleRoute(detectConflictsRoute, ({ actor }) => detectConflicts(actor));
