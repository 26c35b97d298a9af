import { handleRoute } from "@/lib/api/http/handle-route";
import { listJobsRoute } from "@/lib/api/workspace/job-contracts";
import { findRecentJobs } from "@/lib/jobs/find-recent-jobs";

export const GET = handleRoute(listJobsRoute, async ({ actor }) => ({ items: await findRecentJobs(actor) }));
