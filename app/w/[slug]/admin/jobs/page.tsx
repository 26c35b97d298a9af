import type { Metadata } from "next";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { findRecentJobs, JOBS_PAGE_SIZE } from "@/lib/jobs/find-recent-jobs";
import { firstValues } from "@/lib/paging/list-query";
import { Pager } from "@/app/_components/paging/pager";
import { loadListPage } from "@/app/_components/paging/load-list-page";
import { LocalTime, ZoneNote } from "@/app/_components/time/local-time";
import { getTranslations } from "next-intl/server";
import { AdminPageHead } from "../admin-page-head";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.jobs"))("title") };
}

function When({ at }: { at: Date | null }) {
  return at ? <LocalTime date={at} style="dayTimeSeconds" /> : <>—</>;
}

export default async function JobsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const cursor = firstValues(await searchParams).cursor || undefined;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "audit.read");
  const [page, t] = await Promise.all([
    loadListPage(findRecentJobs(actor, { cursor, pageSize: JOBS_PAGE_SIZE })),
    getTranslations("admin.jobs"),
  ]);
  const jobs = page.items;
  return (
    <>
      <AdminPageHead slug={slug} heading={t("heading")} />
      <p className="muted">{t("intro")}</p>
      {jobs.length === 0 && !cursor ? (
        <p>{t("none")}</p>
      ) : (
        <table className="data" aria-label={t("tableLabel")}>
          <thead>
            <tr>
              <th scope="col">{t("job")}</th>
              <th scope="col">{t("state")}</th>
              <th scope="col">{t("tries")}</th>
              <th scope="col">
                {t("created")} <ZoneNote />
              </th>
              <th scope="col">
                {t("finished")} <ZoneNote />
              </th>
              <th scope="col">{t("lastError")}</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id}>
                <td>
                  <code>{job.queue}</code>
                </td>
                <td>{t(`states.${job.state}`)}</td>
                <td>{t("attempts", { attempts: job.attempts, maxAttempts: job.maxAttempts })}</td>
                <td>
                  <When at={job.createdAt} />
                </td>
                <td>
                  <When at={job.completedAt} />
                </td>
                <td>{job.lastError ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager
        base={`/w/${slug}/admin/jobs`}
        params={{}}
        cursor={cursor}
        previousCursor={page.previousCursor}
        nextCursor={page.nextCursor}
        noun={t("pagerNoun")}
      />
    </>
  );
}
