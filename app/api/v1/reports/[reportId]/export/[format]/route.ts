import { handleRoute } from "@/lib/api/http/handle-route";
import { apiOrigin } from "@/lib/api/http/api-origin";
import { publicOrigin as publicSiteOrigin } from "@/lib/public-urls/public-address";
import { exportReportRoute } from "@/lib/api/reports/contracts";
import { exportReport } from "@/lib/reports/export-report";
import { getReport } from "@/lib/reports/get-report";
import { workspaceSlug } from "@/lib/api/http/workspace-slug";

export const GET = handleRoute(exportReportRoute, async ({ actor, params, query, url }) => {
  const internal = query.internal === "true";
  const [report, slug] = await Promise.all([getReport(actor, params.reportId, { internal }), workspaceSlug(actor)]);
  const origin = apiOrigin(url);
  const page = `${origin}/w/${slug}/reports/${params.reportId}`;
  // the same links as the app's download: the public page for published output of a published report
  const reportUrl = !internal && report.publicToken ? `${publicSiteOrigin()}/r/${report.publicToken}` : page;
  const links = { report: reportUrl, article: (articleId: string) => `${origin}/w/${slug}/articles/${articleId}` };
  return exportReport(actor, report.record, {
    format: params.format,
    internal,
    bom: query.bom === "true",
    url: reportUrl,
    links,
  });
});
