import { getActor } from "@/lib/auth/session";
import { getReport } from "@/lib/reports/get-report";
import { exportReport } from "@/lib/reports/export-report";
import { appOrigin, publicReportUrl } from "@/app/_lib/app-origin";
import { downloadResponse, formatFromUrl } from "@/app/_lib/report-download";

/**
 * A member downloads a report: ?internal=1 for the internal version (editors
 * and up), else the published version (approved verdicts only); ?bom=1 for
 * CSV with a byte order mark. Authorization is the use case's.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ slug: string; reportId: string; format: string }> },
): Promise<Response> {
  const { slug, reportId, format } = await params;
  const query = new URL(request.url).searchParams;
  const internal = query.get("internal") === "1";
  return downloadResponse(async () => {
    const actor = await getActor(slug);
    const report = await getReport(actor, reportId, { internal });
    const origin = await appOrigin();
    const url =
      !internal && report.publicToken ? publicReportUrl(report.publicToken) : `${origin}/w/${slug}/reports/${reportId}`;
    const links = { report: url, article: (articleId: string) => `${origin}/w/${slug}/articles/${articleId}` };
    return exportReport(actor, report.record, {
      format: formatFromUrl(format),
      internal,
      bom: query.get("bom") === "1",
      url,
      links,
    });
  });
}
