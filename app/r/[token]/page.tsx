import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { publicReportUrl } from "@/app/_lib/app-origin";
import { ReportDocument } from "@/app/_components/report/report-document";
import { ReportDownloads } from "@/app/_components/report/report-downloads";
import { firstEntries } from "@/app/_components/report/first-entries";
import { openPublicReport } from "@/lib/reports/open-public-report";
import { buildReportMeta } from "@/lib/reports/content/build-report-meta";
import { countReportEntries, loadReportEntries } from "@/lib/reports/content/load-report-entries";
import { NotFoundError } from "@/lib/errors";
import { withReplica } from "@/lib/db/replica";

export const dynamic = "force-dynamic";
const PAGE = 100;

async function open(token: string) {
  return openPublicReport(token).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}

export async function generateMetadata({ params }: { params: Promise<{ token: string }> }): Promise<Metadata> {
  const { record } = await open((await params).token);
  return { title: record.title, referrer: "no-referrer" };
}

/**
 * The public, read-only page of a published report, for anyone with the link
 * (no sign-in): approved verdicts only, corrections with their dates, and
 * every download. Unpublished or unknown: 404. Nothing here links into the
 * workspace or names a member's email address.
 */
export default async function PublicReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ after?: string }>;
}) {
  const { token } = await params;
  const { after } = await searchParams;
  const { access, record } = await open(token);
  const [url, t] = await Promise.all([publicReportUrl(token), getTranslations("publicReport")]);
  // published data may come from the read replica (lib/db/replica.ts); the lookup of the token above stays on the primary, so unpublishing takes effect at once
  const { meta, page, total } = await withReplica(access, async () => {
    const meta = await buildReportMeta(access, record, { internal: false, url });
    const [page, total] = await Promise.all([
      firstEntries(
        loadReportEntries(access, record, { internal: false, pageSize: PAGE + 1, ...(after ? { after } : {}) }),
        PAGE,
      ),
      countReportEntries(access, record, { internal: false }),
    ]);
    return { meta, page, total };
  });
  return (
    <main id="main" className="page public-report">
      <ReportDocument
        meta={meta}
        aside={<ReportDownloads base={`/r/${token}/download`} internal={false} />}
        entries={page.entries}
        total={total}
        more={
          (after || page.hasMore) && (
            <p className="no-print row-actions">
              {after && <Link href={`/r/${token}`}>{t("firstClaims")}</Link>}
              {page.hasMore && (
                <Link href={`/r/${token}?after=${encodeURIComponent(page.entries.at(-1)!.claim.id)}`}>
                  {t("nextClaims", { count: PAGE })}
                </Link>
              )}
            </p>
          )
        }
      />
      <footer className="muted report-footer">{t("footer", { organisation: meta.organisation.name })}</footer>
    </main>
  );
}
