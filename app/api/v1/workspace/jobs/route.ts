import { handleRoute } from "@/lib/api/http/handle-route";
import { linkPages } from "@/lib/api/http/link-pages";
import { listJobsRoute } from "@/lib/api/workspace/job-contracts";
import { findRecentJobs } from "@/lib/jobs/find-recent-jobs";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { MalformedCursorError } from "@/lib/paging/newest-first";

export const GET = handleRoute(listJobsRoute, async ({ actor, query, url, headers }) => {
  const page = await findRecentJobs(actor, { cursor: query.cursor, pageSize: query.limit }).catch((error: unknown) => {
    throw error instanceof InvalidCursorError ? new MalformedCursorError() : error;
  });
  linkPages(url, headers, page);
  return page;
});
