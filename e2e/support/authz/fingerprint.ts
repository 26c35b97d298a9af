/**
 * Row counts and checksums of the database, to prove that a refused request
 * changed nothing. Like test/workspace-fingerprint.ts, but it finds the tables
 * itself (every table of the schema, so new models are covered without an
 * edit here) and can cover the whole database or one workspace.
 */
import { db } from "../test-data";

/** Tables that change on every request by design: not evidence of a write. */
const VOLATILE_TABLES = new Set(["_prisma_migrations", "RateLimitWindow", "WebhookAttempt"]);
/**
 * Columns that change without a request asking for it: a token's last use (a hint for admins,
 * written at most once a minute), and a mail's delivery state, written by the background delivery
 * and its retries and minute sweep, which can start between two fingerprints whatever we wait for.
 * A refused request that queued a mail still shows: the EmailMessage row count and its other columns.
 */
const VOLATILE_COLUMNS: Record<string, string[]> = {
  ApiToken: ["lastUsedAt"],
  EmailMessage: ["attempts", "lastError", "sentAt", "text", "html"],
  // lib/webhooks: a delivery's state, written by the background delivery job and its retries and sweep
  WebhookDelivery: ["status", "attempts", "lastAttemptAt", "lastStatus", "deliveredAt"],
  // preserved sources (lib/sources): what the background fetch, its retries, the sweep and the periodic check write;
  // a refused request that cited a source still shows as a new row
  SourceSnapshot: [
    "fetchedAt",
    "httpStatus",
    "contentType",
    "title",
    "text",
    "contentHash",
    "error",
    "attempts",
    "health",
    "checkedAt",
    "checkStatus",
    "checkHash",
    "checkError",
    "updatedAt",
  ],
};

interface Table {
  name: string;
  hasWorkspaceId: boolean;
}

let tables: Promise<Table[]> | undefined;

function schemaTables(): Promise<Table[]> {
  tables ??= db
    .$queryRawUnsafe<{ name: string; hasWorkspaceId: boolean }[]>(
      `SELECT t.table_name AS name,
              EXISTS (SELECT 1 FROM information_schema.columns c
                      WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name AND c.column_name = 'workspaceId') AS "hasWorkspaceId"
         FROM information_schema.tables t
        WHERE t.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
        ORDER BY t.table_name`,
    )
    .then((rows) => rows.filter((row) => !VOLATILE_TABLES.has(row.name)));
  return tables;
}

const quoted = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * `{ table: "rows:md5" }` for every table, or, with `workspaceId`, for the
 * rows of that workspace (tables with a workspaceId column, and its Workspace row).
 */
export async function fingerprint(scope: { workspaceId?: string } = {}): Promise<Record<string, string>> {
  await backgroundJobsSettled();
  const selected = (await schemaTables()).filter(
    (t) => !scope.workspaceId || t.hasWorkspaceId || t.name === "Workspace",
  );
  // names come from the catalog, never from input; the workspace id is a parameter
  const parts = selected.map((table) => {
    const where = !scope.workspaceId
      ? ""
      : table.name === "Workspace"
        ? `WHERE t."id" = $1`
        : `WHERE t."workspaceId" = $1`;
    const volatile = VOLATILE_COLUMNS[table.name];
    if (!volatile)
      // Every committed INSERT or UPDATE gives its row the writing transaction's id (xmin), newer than that of any row
      // already there, so a write the row count misses (an update, a delete with an insert) raises the sum of the
      // rows' xmins: a scan of the tuple headers, without reading (detoasting) the rows or making JSON of them, at a
      // tenth of the cost. Stricter than comparing contents: an UPDATE that writes the values a row had is a write too.
      return `SELECT '${table.name}' AS name, count(*)::int AS rows, coalesce(sum(t.xmin::text::bigint), 0)::text AS sum
                FROM ${quoted(table.name)} t ${where}`;
    // tables with volatile columns: their other columns' contents, as an order-free sum of 64-bit row hashes
    const dropped = volatile.map((c) => ` - '${c}'`).join("");
    return `SELECT '${table.name}' AS name, count(*)::int AS rows, coalesce(sum(hashtextextended(x, 0)), 0)::text AS sum
              FROM (SELECT (to_jsonb(t)${dropped})::text AS x FROM ${quoted(table.name)} t ${where}) s`;
  });
  const rows = await db.$queryRawUnsafe<{ name: string; rows: number; sum: string }[]>(
    parts.join("\nUNION ALL\n"),
    ...(scope.workspaceId ? [scope.workspaceId] : []),
  );
  return Object.fromEntries(rows.map((row) => [row.name, `${row.rows}:${row.sum}`]));
}

/** The tables whose fingerprint differs, for a failure message. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}

/** Jobs that may still write now: running, or waiting and due (a retry set for later is not waited for). */
const UNFINISHED_JOBS = "(state = 'active' OR (state IN ('created', 'retry') AND start_after <= now()))";
const SETTLE_LIMIT_MS = 15_000;

/**
 * Waits until the app's background jobs (lib/jobs: mail delivery, conflict detection) have
 * finished: a job an earlier cell enqueued writes after its request answered, and would show
 * as a change made by the next cell. Gives up after 15 s (the fingerprint then shows the job's
 * writes, and the cell fails saying which table changed).
 */
async function backgroundJobsSettled(): Promise<void> {
  const deadline = Date.now() + SETTLE_LIMIT_MS;
  for (;;) {
    const [row] = await db
      // preserving a source (lib/sources) writes only SourceSnapshot's volatile columns, and a fetch may take its full time
      // limit: not waited for; the check of a workspace's sources (sources.check, an admin's "Check now") is: it notifies
      // the authors of verdicts citing a source that went offline or changed
      .$queryRawUnsafe<{ unfinished: number }[]>(
        `SELECT count(*)::int AS unfinished FROM pgboss.job WHERE ${UNFINISHED_JOBS} AND name <> '__pgboss__send-it' AND name NOT IN ('sources.preserve', 'sources.sweep')`,
      )
      .catch(() => [{ unfinished: 0 }]); // no job schema: nothing runs in the background
    if (!row || row.unfinished === 0 || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
