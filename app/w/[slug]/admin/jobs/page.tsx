import type { Metadata } from "next";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { findRecentJobs } from "@/lib/jobs/find-recent-jobs";
import { LocalTime, ZoneNote } from "@/app/_components/time/local-time";
import { getTranslations } from "next-intl/server";
import { AdminPageHead } from "../admin-page-head";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.jobs"))("title") };
}

function When({ at }: { at: Date | null }) {
  return at ? <LocalTime date={at} style="dayTimeSeconds" /> : <>—</>;
}

export default async function JobsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "audit.read");
  const [jobs, t] = await Promise.all([findRecentJobs(actor), getTranslations("admin.jobs")]);
  return (
    <>
      <AdminPageHead slug={slug} heading={t("heading")} />
      <p className="muted">{t("intro")}</p>
      {jobs.length === 0 ? (
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
    </>
  );
}
