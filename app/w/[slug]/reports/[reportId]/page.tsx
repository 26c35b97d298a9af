import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { pageActor } from "@/app/_lib/page-actor";
import { appOrigin, publicReportUrl } from "@/app/_lib/app-origin";
import { ReportDocument } from "@/app/_components/report/report-document";
import { ReportDownloads } from "@/app/_components/report/report-downloads";
import { firstEntries } from "@/app/_components/report/first-entries";
import { getReport } from "@/lib/reports/get-report";
import { buildReportMeta } from "@/lib/reports/content/build-report-meta";
import { countReportEntries, loadReportEntries } from "@/lib/reports/content/load-report-entries";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { can } from "@/lib/policy/policy";
import { findPendingCorrections } from "@/lib/reports/find-pending-corrections";
import { PublishControls } from "./publish-controls";
import { PreflightPanel } from "./_preflight/preflight-panel";
import { PendingCorrectionList } from "../_components/pending-corrections";
import { ResolveCorrectionsForm } from "../_components/resolve-corrections-form";
import { reportTabTitle } from "@/lib/navigation/page-titles";

/** The tab names the report (a small query; the page itself loads much more). */
export async function generateMetadata({
  params,
}: {
  params: Promise<{ slug: string; reportId: string }>;
}): Promise<Metadata> {
  const { slug, reportId } = await params;
  return {
    title:
      (await reportTabTitle(await pageActor(slug), reportId)) ?? (await getTranslations("reports.report"))("tabTitle"),
  };
}

/** Claims shown per page of the preview; the downloads hold them all. */
const PREVIEW_PAGE = 100;

export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string; reportId: string }>;
  searchParams: Promise<{ view?: string; after?: string }>;
}) {
  const { slug, reportId } = await params;
  const { view, after } = await searchParams;
  const actor = await pageActor(slug);
  const mayPreviewInternal = can(actor, "report.exportInternal");
  const internal = view === "internal" && mayPreviewInternal;
  const report = await getReport(actor, reportId, { internal }).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  });
  const origin = await appOrigin();
  const base = `/w/${slug}/reports/${reportId}`;
  const publicUrl = report.publicToken ? publicReportUrl(report.publicToken) : null;
  const meta = await buildReportMeta(actor, report.record, {
    internal,
    url: !internal && publicUrl ? publicUrl : `${origin}${base}`,
  });
  const [t, page, total, pendingCorrections] = await Promise.all([
    getTranslations("reports"),
    firstEntries(
      loadReportEntries(actor, report.record, { internal, pageSize: PREVIEW_PAGE + 1, ...(after ? { after } : {}) }),
      PREVIEW_PAGE,
    ),
    countReportEntries(actor, report.record, { internal }),
    mayPreviewInternal ? findPendingCorrections(actor, { reportId }) : Promise.resolve(null),
  ]);
  const viewQuery = internal ? "view=internal&" : "";
  return (
    <>
      <p className="no-print" style={{ margin: 0 }}>
        <Link href={`/w/${slug}/reports`}>{t("backToReports")}</Link>
      </p>
      <div className="report-toolbar no-print">
        {mayPreviewInternal && (
          <nav aria-label={t("report.versions")} className="tabs">
            <Link href={base} aria-current={internal ? undefined : "page"}>
              {t("report.publishedVersion")}
            </Link>
            <Link href={`${base}?view=internal`} aria-current={internal ? "page" : undefined}>
              {t("report.internalVersion")}
            </Link>
          </nav>
        )}
        {pendingCorrections && pendingCorrections.total > 0 && (
          <section className="card needs-correction" aria-labelledby="needs-correction-heading">
            <h2 id="needs-correction-heading" tabIndex={-1}>
              {t("report.needsCorrection")}
            </h2>
            <p>{t("report.needsCorrectionText")}</p>
            <PendingCorrectionList slug={slug} pending={pendingCorrections} showClaim />
            {can(actor, "report.publish") ? (
              <ResolveCorrectionsForm slug={slug} reportId={reportId} throughId={pendingCorrections.items.at(-1)!.id} />
            ) : (
              <p className="muted">{t("report.reviewerWritesCorrection")}</p>
            )}
          </section>
        )}
        {!publicUrl && mayPreviewInternal && <PreflightPanel slug={slug} reportId={reportId} actor={actor} />}
        <PublishControls
          slug={slug}
          reportId={reportId}
          publicUrl={publicUrl}
          everPublished={report.record.publicToken !== null}
          canPublish={can(actor, "report.publish")}
        />
        <ReportDownloads base={`${base}/download`} internal={internal} />
      </div>
      <ReportDocument
        meta={meta}
        entries={page.entries}
        total={total}
        articleHref={(articleId) => `/w/${slug}/articles/${articleId}`}
        more={
          (after || page.hasMore) && (
            <p className="no-print row-actions">
              {after && <Link href={`${base}${internal ? "?view=internal" : ""}`}>{t("report.firstClaims")}</Link>}
              {page.hasMore && (
                <Link href={`${base}?${viewQuery}after=${encodeURIComponent(page.entries.at(-1)!.claim.id)}`}>
                  {t("report.nextClaims", { count: PREVIEW_PAGE })}
                </Link>
              )}
            </p>
          )
        }
      />
    </>
  );
}
