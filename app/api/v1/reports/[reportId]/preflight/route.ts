import { handleRoute } from "@/lib/api/http/handle-route";
import { getReportPreflightRoute } from "@/lib/api/reports/preflight-contracts";
import { preflightReport } from "@/lib/publishing/claim-review-preflight";

export const GET = handleRoute(getReportPreflightRoute, ({ actor, params }) => preflightReport(actor, params.reportId));
