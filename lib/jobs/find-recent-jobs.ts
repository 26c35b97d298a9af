import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/policy/policy";
import { jobSchemaIdentifier } from "@/lib/jobs/job-schema";
import { JOB_INSTANT_SQL } from "@/lib/jobs/job-workspace-index";
import {
  CREATED_NEWEST_FIRST,
  decodeCursor,
  InvalidCursorError,
  toPage,
  type Page,
  type PageRead,
} from "@/lib/paging/keyset";
import type { Actor } from "@/lib/policy/actor";

export type JobState = "created" | "retry" | "active" | "completed" | "cancelled" | "failed";

export interface JobDto {
  id: string;
  queue: string;
  state: JobState;
  /** tries so far (a job waiting for its first try has 0) */
  attempts: number;
  /** tries allowed in all */
  maxAttempts: number;
  createdAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  /** why the last try failed (retry, failed): the error's message only, never the job's data */
  lastError: string | null;
}

/** What the admin's jobs page shows at once. */
export const JOBS_PAGE_SIZE = 50;

/**
 * Newest first. pg-boss stamps created_on in microseconds and a cursor
 * carries milliseconds (lib/paging/keyset), so the list orders by the
 * millisecond and the job's id: the order a cursor can name exactly.
 */
const JOBS_NEWEST_FIRST = CREATED_NEWEST_FIRST;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface JobRow {
  id: string;
  name: string;
  state: JobState;
  retry_count: number;
  retry_limit: number;
  created_on: Date;
  started_on: Date | null;
  completed_on: Date | null;
  error: string | null;
}

/**
 * Admins only: one page of the background jobs whose data belongs to the
 * actor's workspace (jobs are instance-wide; one without a workspace, such
 * as a password reset mail, is shown to nobody), newest first. Live jobs and
 * those archived lately (pg-boss keeps them for 7 days). It pages rather
 * than stopping at a fixed number: a failed job stays findable however many
 * finished after it.
 */
export async function findRecentJobs(
  actor: Actor,
  read: PageRead = { pageSize: JOBS_PAGE_SIZE },
): Promise<Page<JobDto>> {
  authorize(actor, "audit.read");
  const at = read.cursor === undefined ? null : decodeCursor(read.cursor, "date");
  // the id goes into a uuid cast: anything else is a cursor this list did not issue
  if (at && !UUID.test(at.id)) throw new InvalidCursorError();
  const schema = jobSchemaIdentifier();
  // before the migration step installed the job schema there are no jobs to show
  const [installed] = await db.$queryRaw<{ table: string | null }[]>(
    Prisma.sql`SELECT to_regclass(${`${schema.sql}.job`})::text AS table`,
  );
  if (!installed?.table) return { items: [], nextCursor: null, previousCursor: null };
  const backwards = at?.reading === "before";
  const direction = backwards ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  // the expression of the workspace index on both tables (lib/jobs/job-workspace-index.ts): one index range scan a page
  const instant = Prisma.raw(JOB_INSTANT_SQL);
  const cursorInstant = at ? Prisma.sql`(${at.value}::timestamptz AT TIME ZONE 'UTC')` : Prisma.empty;
  const beyond = at
    ? backwards
      ? Prisma.sql`AND (${instant}, id) > (${cursorInstant}, ${at.id}::uuid)`
      : Prisma.sql`AND (${instant}, id) < (${cursorInstant}, ${at.id}::uuid)`
    : Prisma.empty;
  const take = read.pageSize + 1;
  const columns = Prisma.sql`id::text, name, state::text AS state, retry_count, retry_limit, ${instant} AT TIME ZONE 'UTC' AS created_on, started_on, completed_on,
    CASE WHEN state IN ('retry', 'failed') THEN left(COALESCE(output->>'message', output->'value'->>'message'), 300) END AS error`;
  const fromTable = (table: Prisma.Sql) => Prisma.sql`
    (SELECT ${columns} FROM ${schema}.${table} WHERE data->>'workspaceId' = ${actor.workspaceId} ${beyond}
     ORDER BY ${instant} ${direction}, id ${direction} LIMIT ${take})`;
  const rows = await db.$queryRaw<JobRow[]>(Prisma.sql`
    ${fromTable(Prisma.sql`job`)} UNION ALL ${fromTable(Prisma.sql`archive`)}
    ORDER BY created_on ${direction}, id ${direction} LIMIT ${take}`);
  return toPage(rows.map(toJobDto), JOBS_NEWEST_FIRST, read, (job) => job);
}

function toJobDto(r: JobRow): JobDto {
  return {
    id: r.id,
    queue: r.name,
    state: r.state,
    attempts: r.retry_count + (r.state === "created" ? 0 : 1),
    maxAttempts: r.retry_limit + 1,
    createdAt: r.created_on,
    startedAt: r.started_on,
    completedAt: r.completed_on,
    lastError: r.error,
  };
}
