/**
 * Row counts and checksums of the database, to prove that a refused request
 * changed nothing. Like test/workspace-fingerprint.ts, but it finds the tables
 * itself (every table of the schema, so new models are covered without an
 * edit here) and can cover the whole database or one workspace.
 */
import { db } from "../test-data";

/** Tables that change on every request by design: not evidence of a write. */
const VOLATILE_TABLES = new Set(["_prisma_migrations", "RateLimitWindow"]);
/** Columns that change on every request by design (a hint for admins, written at most once a minute). */
const VOLATILE_COLUMNS: Record<string, string[]> = { ApiToken: ["lastUsedAt"] };

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
  const selected = (await schemaTables()).filter((t) => !scope.workspaceId || t.hasWorkspaceId || t.name === "Workspace");
  // names come from the catalog, never from input; the workspace id is a parameter
  const parts = selected.map((table) => {
    const dropped = (VOLATILE_COLUMNS[table.name] ?? []).map((c) => ` - '${c}'`).join("");
    const where = !scope.workspaceId ? "" : table.name === "Workspace" ? `WHERE t."id" = $1` : `WHERE t."workspaceId" = $1`;
    // an order-free sum of 64-bit row hashes: no sort, so a cell costs a scan, not a scan and a sort
    return `SELECT '${table.name}' AS name, count(*)::int AS rows, coalesce(sum(hashtextextended(x, 0)), 0)::text AS sum
              FROM (SELECT (to_jsonb(t)${dropped})::text AS x FROM ${quoted(table.name)} t ${where}) s`;
  });
  const rows = await db.$queryRawUnsafe<{ name: string; rows: number; sum: string }[]>(parts.join("\nUNION ALL\n"), ...(scope.workspaceId ? [scope.workspaceId] : []));
  return Object.fromEntries(rows.map((row) => [row.name, `${row.rows}:${row.sum}`]));
}

/** The tables whose fingerprint differs, for a failure message. */
export function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
}
