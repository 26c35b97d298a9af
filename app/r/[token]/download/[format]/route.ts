import { openPublicReport } from "@/lib/reports/open-public-report";
import { exportReport } from "@/lib/reports/export-report";
import { publicReportUrl } from "@/app/_lib/app-origin";
import { downloadResponse, formatFromUrl } from "@/app/_lib/report-download";

/** Anyone with the link downloads a published report (approved verdicts only); an unpublished one answers 404. */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ token: string; format: string }> },
): Promise<Response> {
  const { token, format } = await params;
  const bom = new URL(request.url).searchParams.get("bom") === "1";
  return downloadResponse(async () => {
    const { access, record } = await openPublicReport(token);
    const url = publicReportUrl(token);
    // the public never gets links into the workspace: an article without its own URL points at the report
    return exportReport(access, record, {
      format: formatFromUrl(format),
      internal: false,
      bom,
      url,
      links: { report: url, article: () => url },
    });
  });
}
