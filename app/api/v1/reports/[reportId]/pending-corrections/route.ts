import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { listPendingCorrectionsRoute } from "@/lib/api/reports/contracts";
import { findReportPendingCorrections } from "@/lib/api/reports/find-report-pending-corrections";

export const GET = handleRoute(listPendingCorrectionsRoute, async ({ actor, params, query, url, headers }) => {
  const page = await findReportPendingCorrections(actor, params.reportId, query);
  linkPages(url, headers, page);
  return page;
});
