import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/policy/policy";
import { jobSchemaIdentifier } from "@/lib/jobs/job-schema";
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

const RECENT_JOBS = 100;

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
 * Admins only: the newest background jobs whose data belongs to the actor's
 * workspace (jobs are instance-wide; one without a workspace, such as a
 * password reset mail, is shown to nobody). Live jobs and those archived
 * lately (pg-boss keeps them for 7 days), newest first.
 */
export async function findRecentJobs(actor: Actor): Promise<JobDto[]> {
  authorize(actor, "audit.read");
  const schema = jobSchemaIdentifier();
  // before the migration step installed the job schema there are no jobs to show
  const [installed] = await db.$queryRaw<{ table: string | null }[]>(
    Prisma.sql`SELECT to_regclass(${`${schema.sql}.job`})::text AS table`,
  );
  if (!installed?.table) return [];
  const columns = Prisma.sql`id::text, name, state::text AS state, retry_count, retry_limit, created_on, started_on, completed_on,
    CASE WHEN state IN ('retry', 'failed') THEN left(COALESCE(output->>'message', output->'value'->>'message'), 300) END AS error`;
  const rows = await db.$queryRaw<JobRow[]>(Prisma.sql`
    (SELECT ${columns} FROM ${schema}.job WHERE data->>'workspaceId' = ${actor.workspaceId} ORDER BY created_on DESC LIMIT ${RECENT_JOBS})
    UNION ALL
    (SELECT ${columns} FROM ${schema}.archive WHERE data->>'workspaceId' = ${actor.workspaceId} ORDER BY created_on DESC LIMIT ${RECENT_JOBS})
    ORDER BY created_on DESC, id LIMIT ${RECENT_JOBS}`);
  return rows.map((r) => ({
    id: r.id,
    queue: r.name,
    state: r.state,
    attempts: r.retry_count + (r.state === "created" ? 0 : 1),
    maxAttempts: r.retry_limit + 1,
    createdAt: r.created_on,
    startedAt: r.started_on,
    completedAt: r.completed_on,
    lastError: r.error,
  }));
}
