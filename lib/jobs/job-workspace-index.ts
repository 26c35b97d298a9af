import pg from "pg";

/**
 * A job's creation instant to the millisecond, in UTC: the order of the
 * admin's jobs list (lib/jobs/find-recent-jobs.ts), whose cursors carry
 * milliseconds while pg-boss stamps microseconds. Written on the UTC wall
 * time because date_trunc of a timestamptz depends on the session's time
 * zone and so cannot be indexed; of a timestamp it can.
 */
export const JOB_INSTANT_SQL = "date_trunc('milliseconds', created_on AT TIME ZONE 'UTC')";

/** pg-boss's tables the jobs list reads. */
export const JOB_TABLES = ["job", "archive"] as const;
export type JobTable = (typeof JOB_TABLES)[number];

export function jobWorkspaceIndexName(table: JobTable): string {
  return `factdesk_${table}_workspace_instant`;
}

/** Between runs of installJobWorkspaceIndexes on one schema (several instances starting at once). */
const LOCK_POLL_MS = 500;

/**
 * The jobs list reads one workspace's jobs (`data->>'workspaceId'`), newest
 * first, from pg-boss's job and archive tables, which index neither. Without
 * these it read every job of the last 7 days (pg-boss's retention): with
 * 300,000 archived jobs, 80-90 ms a page; with them 0.4 ms (EXPLAIN ANALYZE,
 * three runs). installJobSchema calls this after pg-boss made or migrated its
 * tables, at every migration step, so a pg-boss upgrade that rebuilds a table
 * gets them back. A valid index is left alone without taking any lock.
 *
 * Writes go on while an index is built:
 * - the archive (7 days of jobs, large) gets CREATE INDEX CONCURRENTLY, on a
 *   connection of its own outside any transaction. It waits for the
 *   transactions older than it to end (a long pg_dump holds it up). An
 *   interrupted build leaves an INVALID index that IF NOT EXISTS would keep
 *   for good, unused by queries yet updated on every write: it is dropped
 *   (concurrently) and built again.
 * - the job table is partitioned by queue, and PostgreSQL cannot build a
 *   partitioned table's index concurrently. It holds about 12 hours of jobs
 *   (pg-boss archives completed ones after that), so the plain build is
 *   short: with 50,000 jobs it blocked writes to the job table for 160-350 ms
 *   (three runs), once, at the first start that lacks the index. Its index
 *   reaches every partition, also those pg-boss attaches later for new queues.
 */
export async function installJobWorkspaceIndexes(connectionString: string, schema: string): Promise<void> {
  if (!/^[A-Za-z_]\w*$/.test(schema)) throw new Error(`unexpected job schema name ${schema}`);
  const client = new pg.Client({ connectionString, application_name: "factdesk-migrate" });
  client.on("error", () => undefined); // surfaced by the awaited queries
  await client.connect();
  try {
    if (await allValid(client, schema)) return;
    const lockKey = `factdesk:job-workspace-index:${schema}`;
    await lockIndexBuilds(client, lockKey);
    for (const table of JOB_TABLES) await installIndex(client, schema, table);
    await client.query("SELECT pg_advisory_unlock(hashtext($1))", [lockKey]);
  } finally {
    await client.end().catch(() => undefined);
  }
}

interface IndexState {
  partitioned: boolean;
  /** null: no index of that name on the table */
  valid: boolean | null;
}

async function indexState(client: pg.Client, schema: string, table: JobTable): Promise<IndexState> {
  const { rows } = await client.query<IndexState>(
    `SELECT t.relkind = 'p' AS partitioned, i.indisvalid AS valid
       FROM pg_class t JOIN pg_namespace n ON n.oid = t.relnamespace
       LEFT JOIN (pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid AND ic.relname = $3)
         ON i.indrelid = t.oid
      WHERE n.nspname = $1 AND t.relname = $2`,
    [schema, table, jobWorkspaceIndexName(table)],
  );
  if (!rows[0]) throw new Error(`the job table ${schema}.${table} is missing`);
  return rows[0];
}

async function allValid(client: pg.Client, schema: string): Promise<boolean> {
  for (const table of JOB_TABLES) if ((await indexState(client, schema, table)).valid !== true) return false;
  return true;
}

/**
 * A session lock, asked for again and again rather than waited for: a session
 * waiting in pg_advisory_lock holds a snapshot, which the holder's CREATE INDEX
 * CONCURRENTLY waits out before it finishes (a deadlock).
 */
async function lockIndexBuilds(client: pg.Client, key: string): Promise<void> {
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock(hashtext($1)) AS locked", [
      key,
    ]);
    if (rows[0]?.locked) return;
    await new Promise((resolve) => setTimeout(resolve, LOCK_POLL_MS));
  }
}

async function installIndex(client: pg.Client, schema: string, table: JobTable): Promise<void> {
  const state = await indexState(client, schema, table); // again: another instance may have built it meanwhile
  if (state.valid) return;
  const concurrently = state.partitioned ? "" : " CONCURRENTLY";
  const name = jobWorkspaceIndexName(table);
  if (state.valid === false) await client.query(`DROP INDEX${concurrently} IF EXISTS "${schema}".${name}`);
  await client.query(
    `CREATE INDEX${concurrently} IF NOT EXISTS ${name} ON "${schema}".${table} ((data->>'workspaceId'), ${JOB_INSTANT_SQL}, id)`,
  );
}
