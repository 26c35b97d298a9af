import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { apiOrigin } from "@/lib/api/http/api-origin";
import { publicOrigin as publicSiteOrigin } from "@/lib/public-urls/public-address";
import { listReportsRoute } from "@/lib/api/reports/contracts";
import { findReportsPage } from "@/lib/api/reports/find-reports-page";
import { REPORT_FORMATS } from "@/lib/reports/schemas";
import { workspaceSlug } from "@/lib/api/http/workspace-slug";

export const GET = handleRoute(listReportsRoute, async ({ actor, query, url, headers }) => {
  const [page, slug] = await Promise.all([findReportsPage(actor, query), workspaceSlug(actor)]);
  linkPages(url, headers, page);
  const origin = apiOrigin(url);
  return {
    nextCursor: page.nextCursor,
    previousCursor: page.previousCursor,
    items: page.items.map(({ publicToken, ...report }) => ({
      ...report,
      links: {
        page: `${origin}/w/${slug}/reports/${report.id}`,
        public: publicToken ? `${publicSiteOrigin()}/r/${publicToken}` : null,
        exports: Object.fromEntries(
          REPORT_FORMATS.map((format) => [format, `${origin}/api/v1/reports/${report.id}/export/${format}`]),
        ) as Record<(typeof REPORT_FORMATS)[number], string>,
      },
    })),
  };
});
