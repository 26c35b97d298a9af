/**
 * The jobs list's indexes on pg-boss's tables (lib/jobs/job-workspace-index.ts), as the migration step makes
 * them. Regression: they were built without CONCURRENTLY, so the first start after a deploy blocked writes to
 * pg-boss's archive (7 days of jobs) while its index was built; and an index left INVALID by an interrupted
 * build would have been kept by IF NOT EXISTS for good.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { createBoss, installJobSchema } from "@/lib/jobs/job-boss";
import { JOB_TABLES, jobWorkspaceIndexName, type JobTable } from "@/lib/jobs/job-workspace-index";
import { eventually } from "@/lib/worker/test-support";

const url = () => process.env.DATABASE_URL!;
const clients: pg.Client[] = [];
const schemas: string[] = [];

afterEach(async () => {
  for (const client of clients.splice(0)) await client.end().catch(() => undefined);
  const admin = await connect();
  for (const schema of schemas.splice(0)) await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
});

describe("installJobSchema and the jobs list's indexes", () => {
  it("run twice: both indexes valid and built once; a queue added later gets the index on its partition", async () => {
    const schema = await installedSchema();
    const first = await indexes(schema);
    expect(first).toEqual({
      job: { oid: expect.any(Number), valid: true },
      archive: { oid: expect.any(Number), valid: true },
    });
    await installJobSchema(url(), schema);
    expect(await indexes(schema)).toEqual(first);

    const boss = createBoss({ connectionString: url(), schema, runsJobs: false, poolSize: 1 });
    boss.on("error", () => undefined);
    await boss.start();
    await boss.createQueue("test.added-later").finally(() => boss.stop({ graceful: false, wait: true }));
    const admin = await connect();
    const { rows } = await admin.query<{ valid: boolean }>(
      `SELECT i.indisvalid AS valid FROM "${schema}".queue q
         JOIN pg_class p ON p.relname = q.partition_name AND p.relnamespace = $1::regnamespace
         JOIN pg_index i ON i.indrelid = p.oid
         JOIN pg_inherits h ON h.inhrelid = i.indexrelid AND h.inhparent = $2::regclass
        WHERE q.name = 'test.added-later'`,
      [schema, `"${schema}".${jobWorkspaceIndexName("job")}`],
    );
    expect(rows).toEqual([{ valid: true }]);
  });

  it("an INVALID index left by an interrupted build is dropped and built again, valid", async () => {
    const schema = await installedSchema();
    const before = await indexes(schema);
    const admin = await connect();
    // what a CREATE INDEX CONCURRENTLY leaves when it is cancelled or its connection dies
    for (const table of JOB_TABLES)
      await admin.query("UPDATE pg_index SET indisvalid = false WHERE indexrelid = $1", [before[table].oid]);

    await installJobSchema(url(), schema);

    const after = await indexes(schema);
    for (const table of JOB_TABLES) {
      expect(after[table], table).toEqual({ oid: expect.any(Number), valid: true });
      expect(after[table].oid, table).not.toBe(before[table].oid);
    }
  });

  it("builds the archive's index while jobs are written to the archive (CONCURRENTLY)", async () => {
    const schema = await installedSchema();
    const admin = await connect();
    await admin.query(`DROP INDEX "${schema}".${jobWorkspaceIndexName("archive")}`);
    const writer = await connect();
    await writer.query("BEGIN");
    await archiveJob(writer, schema); // a write in progress: the build waits for it to end

    const installing = installJobSchema(url(), schema);
    const archive = `"${schema}".archive`;
    await eventually(async () => {
      const { rows } = await admin.query<{ waiting: boolean }>(
        `SELECT EXISTS (SELECT FROM pg_stat_progress_create_index WHERE relid = $1::regclass)
             OR EXISTS (SELECT FROM pg_locks WHERE relation = $1::regclass AND NOT granted) AS waiting`,
        [archive],
      );
      return rows[0]?.waiting;
    }, "the index build on the archive");
    const another = await connect();
    // bounds only the failing case: a plain CREATE INDEX queues every later write behind it
    await another.query("SET lock_timeout = '10s'");
    await archiveJob(another, schema);
    await writer.query("COMMIT");
    await installing;

    expect((await indexes(schema)).archive.valid).toBe(true);
    expect((await admin.query(`SELECT count(*)::int AS n FROM ${archive}`)).rows).toEqual([{ n: 2 }]);
  });
});

async function connect(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url() });
  client.on("error", () => undefined);
  clients.push(client);
  await client.connect();
  return client;
}

async function installedSchema(): Promise<string> {
  const schema = `pgboss_i${randomBytes(5).toString("hex")}`;
  schemas.push(schema);
  await installJobSchema(url(), schema);
  return schema;
}

type IndexRow = { oid: number; valid: boolean };

async function indexes(schema: string): Promise<Record<JobTable, IndexRow>> {
  const admin = await connect();
  const found = {} as Record<JobTable, IndexRow>;
  for (const table of JOB_TABLES) {
    const { rows } = await admin.query<IndexRow>(
      `SELECT i.indexrelid::int AS oid, i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
        WHERE i.indrelid = $1::regclass AND c.relname = $2`,
      [`"${schema}".${table}`, jobWorkspaceIndexName(table)],
    );
    expect(rows, table).toHaveLength(1);
    found[table] = rows[0]!;
  }
  return found;
}

async function archiveJob(client: pg.Client, schema: string): Promise<void> {
  await client.query(
    `INSERT INTO "${schema}".archive (id, name, data, state, retry_limit, retry_count, retry_delay, retry_backoff,
       start_after, expire_in, created_on, keep_until, priority)
     VALUES (gen_random_uuid(), 'mail.deliver', $1::jsonb, 'completed', 2, 0, 0, false,
       now(), interval '15 minutes', now(), now() + interval '7 days', 0)`,
    [JSON.stringify({ workspaceId: "w1" })],
  );
}
