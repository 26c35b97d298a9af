import { randomBytes } from "node:crypto";
import pg from "pg";
import { installJobSchema } from "@/lib/jobs/job-boss";
import { launchJobRunner, type LaunchOptions } from "@/lib/worker/job-runner";
import { processJobs, type JobRunner } from "@/lib/jobs/job-runner-state";

export interface TestJobs {
  schema: string;
  runner: JobRunner;
  /** another runner on the same schema, as a second instance of the app would be */
  launchAnother(): Promise<JobRunner>;
  /** stops every runner and drops the schema */
  stop(): Promise<void>;
}

/**
 * Integration tests: a job runner against the test database, in a schema of
 * its own (test files run in parallel on one database, each with its own
 * SMTP catcher: a runner of another file must not take this file's jobs). It
 * becomes this process's runner, so deliverMail enqueues and the jobs page
 * reads its schema. Polls every half second.
 */
export async function startTestJobRunner(options: Pick<LaunchOptions, "retryDelaySeconds"> = {}): Promise<TestJobs> {
  const connectionString = process.env.DATABASE_URL!;
  const schema = `pgboss_t${randomBytes(5).toString("hex")}`;
  await installJobSchema(connectionString, schema);
  const launch = () =>
    launchJobRunner({ connectionString, schema, pollingIntervalSeconds: 0.5, schedules: false, ...options });
  const runner = await launch();
  Object.assign(processJobs(), { state: "started", detail: "test runner", runner });
  const others: JobRunner[] = [];
  return {
    schema,
    runner,
    async launchAnother() {
      const another = await launch();
      others.push(another);
      return another;
    },
    async stop() {
      await Promise.all([runner, ...others].map((r) => r.stop()));
      Object.assign(processJobs(), {
        state: "not started",
        detail: "test runner stopped",
        runner: undefined,
        starting: undefined,
      });
      const client = new pg.Client({ connectionString });
      await client.connect();
      await client
        .query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(schema)} CASCADE`)
        .finally(() => client.end());
    },
  };
}

/** Waits (polling) until `check` returns a value, or fails after `timeoutMs`: for effects of jobs that run on their own time. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
