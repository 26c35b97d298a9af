import { handleRoute } from "@/lib/api/http/handle-route";
import { listPendingCorrectionsRoute } from "@/lib/api/reports/contracts";
import { findReportPendingCorrections } from "@/lib/api/reports/find-report-pending-corrections";

export const GET = handleRoute(listPendingCorrectionsRoute, async ({ actor, params }) => ({
  items: await findReportPendingCorrections(actor, params.reportId),
}));
