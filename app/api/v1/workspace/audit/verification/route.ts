import { handleRoute } from "@/lib/api/http/handle-route";
import { verifyAuditTrailRoute } from "@/lib/api/audit/contracts";
import { verifyAuditTrail } from "@/lib/audit/verify-audit-trail";

export const GET = handleRoute(verifyAuditTrailRoute, ({ actor }) => verifyAuditTrail(actor));
