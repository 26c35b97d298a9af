import PgBoss from "pg-boss";
import pg from "pg";
import { QUEUES, QUEUE_NAMES, type QueueDefinition, type QueueName } from "@/lib/jobs/queues";
import { installJobWorkspaceIndexes } from "@/lib/jobs/job-workspace-index";

/**
 * The job schema version this pg-boss expects (its version.json; job-boss.test.ts keeps the two
 * equal). Written here, not imported: a JSON import needs an import attribute under plain Node
 * ESM loaders (Playwright's), which Next and tsx do not need.
 */
export const EXPECTED_JOB_SCHEMA_VERSION = 24;

/** The PostgreSQL schema that holds the job tables (pg-boss's own default). */
export const JOB_SCHEMA = "pgboss";

/** pg-boss's internal queue for cron schedules: created at install time, so the runtime never needs CREATE on the schema. */
const CRON_QUEUE = "__pgboss__send-it";

export interface BossOptions {
  connectionString: string;
  schema?: string;
  /** connections of this instance's pool */
  poolSize?: number;
  /** false: a producer that only enqueues or reads (no maintenance, no cron) */
  runsJobs?: boolean;
}

/**
 * A pg-boss instance that expects its schema to exist (`migrate: false`): the
 * app's database role needs no DDL rights, only DML on schema pgboss
 * (installJobSchema makes the schema and the queues at migration time).
 */
export function createBoss(options: BossOptions): PgBoss {
  const runsJobs = options.runsJobs ?? true;
  return new PgBoss({
    connectionString: options.connectionString,
    schema: options.schema ?? JOB_SCHEMA,
    application_name: "factdesk-jobs",
    max: options.poolSize ?? 3,
    migrate: false,
    supervise: runsJobs,
    schedule: runsJobs,
  });
}

export function queueOptions(name: QueueName, definition: QueueDefinition = QUEUES[name]): PgBoss.Queue {
  return {
    name,
    policy: definition.policy,
    retryLimit: definition.retryLimit,
    retryDelay: definition.retryDelaySeconds,
    retryBackoff: definition.retryBackoff,
    expireInSeconds: definition.expireInSeconds,
  };
}

/**
 * Migration step (scripts/start.ts, the test database setup): creates or
 * upgrades the pg-boss schema, every queue of lib/jobs/queues.ts and their
 * schedules, then the jobs list's indexes (lib/jobs/job-workspace-index.ts).
 * Idempotent. Runs as the migrating role, which may create tables; the app
 * itself never does (see createBoss).
 */
export async function installJobSchema(connectionString: string, schema = JOB_SCHEMA): Promise<void> {
  const boss = new PgBoss({
    connectionString,
    schema,
    max: 1,
    migrate: true,
    supervise: false,
    schedule: false,
    application_name: "factdesk-migrate",
  });
  boss.on("error", () => undefined); // surfaced by the awaited calls below
  await boss.start();
  try {
    await boss.createQueue(CRON_QUEUE);
    for (const name of QUEUE_NAMES) {
      await boss.createQueue(name, queueOptions(name));
      await boss.updateQueue(name, queueOptions(name));
      const { cron } = QUEUES[name];
      if (cron) await boss.schedule(name, cron, {});
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  await installJobWorkspaceIndexes(connectionString, schema); // on a connection of its own: CONCURRENTLY
}

/** Whether the schema exists at the version this pg-boss expects (read-only: any role may ask). */
export async function jobSchemaIsCurrent(connectionString: string, schema = JOB_SCHEMA): Promise<boolean> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  client.on("error", () => undefined);
  await client.connect();
  try {
    const exists = await client.query<{ table: string | null }>("SELECT to_regclass($1) AS table", [
      `${client.escapeIdentifier(schema)}.version`,
    ]);
    if (!exists.rows[0]?.table) return false;
    const { rows } = await client.query<{ version: number }>(
      `SELECT version FROM ${client.escapeIdentifier(schema)}.version`,
    );
    return rows[0]?.version === EXPECTED_JOB_SCHEMA_VERSION;
  } finally {
    await client.end().catch(() => undefined);
  }
}
