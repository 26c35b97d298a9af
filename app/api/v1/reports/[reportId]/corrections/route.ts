import { handleRoute } from "@/lib/api/http/handle-route";
import { correctReportRoute } from "@/lib/api/reports/contracts";
import { resolvePendingCorrections } from "@/lib/reports/resolve-pending-corrections";

export const POST = handleRoute(correctReportRoute, ({ actor, params, body }) =>
  resolvePendingCorrections(actor, { reportId: params.reportId, ...body.value }),
);
