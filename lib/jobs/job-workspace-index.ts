/**
 * A job's creation instant to the millisecond, in UTC: the order of the
 * admin's jobs list (lib/jobs/find-recent-jobs.ts), whose cursors carry
 * milliseconds while pg-boss stamps microseconds. Written on the UTC wall
 * time because date_trunc of a timestamptz depends on the session's time
 * zone and so cannot be indexed; of a timestamp it can.
 */
export const JOB_INSTANT_SQL = "date_trunc('milliseconds', created_on AT TIME ZONE 'UTC')";

/**
 * The jobs list reads one workspace's jobs (`data->>'workspaceId'`), newest
 * first, from pg-boss's job and archive tables, which index neither. Without
 * these it read every job of the last 7 days (pg-boss's retention): with
 * 300,000 archived jobs, 80-90 ms a page; with them 0.4 ms (EXPLAIN ANALYZE,
 * three runs). installJobSchema makes them after pg-boss made or migrated
 * its tables, at every migration step (IF NOT EXISTS), so a pg-boss upgrade
 * that rebuilds a table gets them back. On the job table, partitioned by
 * queue, the index reaches every partition, also those attached later.
 */
export function jobWorkspaceIndexStatements(schema: string): string[] {
  if (!/^[A-Za-z_]\w*$/.test(schema)) throw new Error(`unexpected job schema name ${schema}`);
  return ["job", "archive"].map(
    (table) =>
      `CREATE INDEX IF NOT EXISTS factdesk_${table}_workspace_instant ON "${schema}".${table} ((data->>'workspaceId'), ${JOB_INSTANT_SQL}, id)`,
  );
}
