import type { Metadata } from "next";
import Link from "next/link";
import { pageActor, pageAuthorize } from "@/app/_lib/page-actor";
import { findRecentJobs, type JobState } from "@/lib/jobs/find-recent-jobs";
import { LocalTime, ZoneNote } from "@/app/_components/time/local-time";

export const metadata: Metadata = { title: "Background jobs" };

const STATE_LABELS: Record<JobState, string> = {
  created: "Waiting",
  retry: "Failed, will retry",
  active: "Running",
  completed: "Done",
  cancelled: "Cancelled",
  failed: "Failed",
};

function When({ at }: { at: Date | null }) {
  return at ? <LocalTime date={at} style="dayTimeSeconds" /> : <>—</>;
}

export default async function JobsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await pageActor(slug);
  pageAuthorize(actor, "audit.read");
  const jobs = await findRecentJobs(actor);
  return (
    <>
      <div className="page-head">
        <h1>Background jobs</h1>
        <Link className="button secondary" href={`/w/${slug}/admin`}>
          Members
        </Link>
      </div>
      <p className="muted">Work the server does after a change, with retries: sending this workspace&apos;s invitation and notification emails, and looking for conflicts after claims change. The newest 100, newest first.</p>
      {jobs.length === 0 ? (
        <p>No background jobs for this workspace lately.</p>
      ) : (
        <table className="data" aria-label="Background jobs">
          <thead>
            <tr>
              <th scope="col">Job</th>
              <th scope="col">State</th>
              <th scope="col">Tries</th>
              <th scope="col">Created <ZoneNote /></th>
              <th scope="col">Finished <ZoneNote /></th>
              <th scope="col">Last error</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => (
              <tr key={job.id}>
                <td>
                  <code>{job.queue}</code>
                </td>
                <td>{STATE_LABELS[job.state]}</td>
                <td>
                  {job.attempts} of {job.maxAttempts}
                </td>
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
