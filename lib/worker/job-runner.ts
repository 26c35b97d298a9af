import type PgBoss from "pg-boss";
import { componentLogger } from "@/lib/ops/logger";
import { onShutdown } from "@/lib/ops/shutdown-hooks";
import { createBoss, installJobSchema, JOB_SCHEMA, jobSchemaIsCurrent, queueOptions } from "@/lib/jobs/job-boss";
import { JOB_HANDLERS } from "@/lib/worker/job-handlers";
import { installJobHandlers } from "@/lib/worker/install-job-handlers";
import { jobDuration, jobsFailed } from "@/lib/worker/job-metrics";
import { QUEUES, QUEUE_NAMES, type QueueName } from "@/lib/jobs/queues";
import { processJobs, type JobRunner } from "@/lib/jobs/job-runner-state";

const log = componentLogger("jobs");

/** How long a stopping runner lets running jobs finish; the rest are failed and retried by another instance. */
const STOP_TIMEOUT_MS = 4_000;
/** Jobs a worker takes per poll. */
const BATCH_SIZE = 10;

export interface LaunchOptions {
  connectionString: string;
  schema?: string;
  pollingIntervalSeconds?: number;
  /** tests: shorter waits between retries than production's */
  retryDelaySeconds?: number;
  /** tests: false, so no periodic job (the mail sweep reads every workspace's mail) runs beside other test files */
  schedules?: boolean;
}

/**
 * Starts a pg-boss runner: syncs every queue's policy, registers one worker
 * per queue and the cron schedules. Several runners (instances) may share one
 * database: pg-boss hands each job to exactly one of them (SKIP LOCKED).
 */
export async function launchJobRunner(options: LaunchOptions): Promise<JobRunner> {
  const schema = options.schema ?? JOB_SCHEMA;
  if (!(await jobSchemaIsCurrent(options.connectionString, schema))) {
    // where the migration step did not run it (a container that runs only `prisma migrate deploy`), a role that
    // may create tables installs it now; the app's restricted role cannot, and the runner fails saying so
    log.warn(
      { schema },
      "the job schema is missing or outdated: installing it (the migration step should: scripts/install-job-schema.ts)",
    );
    await installJobSchema(options.connectionString, schema);
  }
  const boss = createBoss({ connectionString: options.connectionString, schema });
  boss.on("error", (error: Error) => log.error({ err: error }, "job runner error"));
  await boss.start();
  const workerIds = new Map<QueueName, string>();
  try {
    for (const name of QUEUE_NAMES) {
      const definition = {
        ...QUEUES[name],
        ...(options.retryDelaySeconds !== undefined && { retryDelaySeconds: options.retryDelaySeconds }),
      };
      await boss.createQueue(name, queueOptions(name, definition)); // a no-op for a queue the migration made
      await boss.updateQueue(name, queueOptions(name, definition));
      if (definition.cron && options.schedules !== false) await boss.schedule(name, definition.cron, {});
      const work = {
        batchSize: BATCH_SIZE,
        pollingIntervalSeconds: definition.pollingIntervalSeconds ?? options.pollingIntervalSeconds ?? 2,
      };
      workerIds.set(name, await boss.work(name, work, (jobs) => runJobs(boss, name, jobs)));
    }
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }
  return {
    boss,
    schema,
    notify(queue) {
      const id = workerIds.get(queue);
      if (id) boss.notifyWorker(id);
    },
    stop: () => boss.stop({ graceful: true, timeout: STOP_TIMEOUT_MS, wait: true }),
  };
}

/**
 * A worker takes up to BATCH_SIZE jobs per poll (a worker polls again only
 * after its interval) and runs them one by one. A failing job is failed on its
 * own (pg-boss retries it); returning completes the others of the batch.
 */
async function runJobs(boss: PgBoss, queue: QueueName, jobs: PgBoss.Job<unknown>[]): Promise<void> {
  const handler = JOB_HANDLERS[queue] as (data: unknown) => Promise<void>;
  for (const job of jobs) {
    const stopTimer = jobDuration.startTimer({ queue });
    try {
      await handler(job.data);
      stopTimer({ outcome: "completed" });
    } catch (error) {
      stopTimer({ outcome: "failed" });
      jobsFailed.inc({ queue });
      const reason = error instanceof Error ? error.message : String(error);
      log.warn({ queue, jobId: job.id, reason }, "job failed");
      await boss.fail(queue, job.id, { message: reason.slice(0, 500) });
    }
  }
}

/**
 * The app server's runner (instrumentation.ts): one per process, against
 * DATABASE_URL, stopped gracefully on SIGTERM. JOBS_DISABLED=1 turns it off in
 * this process (another instance runs the jobs). Never throws: a database that
 * is down is logged and shown by readiness.
 */
export function startJobRunner(options: Partial<LaunchOptions> = {}): Promise<void> {
  installJobHandlers(); // with the runner disabled or down, use cases run their jobs inline through them
  const jobs = processJobs();
  if (jobs.starting) return jobs.starting;
  if (process.env.JOBS_DISABLED === "1") {
    Object.assign(jobs, { state: "disabled", detail: "JOBS_DISABLED=1: this process runs no jobs" });
    return Promise.resolve();
  }
  const connectionString = options.connectionString ?? process.env.DATABASE_URL;
  if (!connectionString) {
    Object.assign(jobs, { state: "failed", detail: "DATABASE_URL is not set" });
    return Promise.resolve();
  }
  Object.assign(jobs, { state: "starting", detail: "connecting" });
  jobs.starting = launchJobRunner({ ...options, connectionString })
    .then((runner) => {
      Object.assign(jobs, { state: "started", detail: `${QUEUE_NAMES.length} queues`, runner });
      onShutdown("job runner", stopJobRunner);
      log.info({ queues: QUEUE_NAMES, schema: runner.schema }, "job runner started");
    })
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      Object.assign(jobs, { state: "failed", detail: reason.slice(0, 200), starting: undefined });
      log.error({ reason }, "job runner did not start");
    });
  return jobs.starting;
}

/** Stops taking jobs, lets running ones finish within a few seconds. */
export async function stopJobRunner(): Promise<void> {
  const jobs = processJobs();
  const runner = jobs.runner;
  if (!runner) return;
  Object.assign(jobs, { state: "stopping", detail: "shutting down" });
  await runner.stop().catch((error: unknown) => log.error({ err: error }, "job runner did not stop cleanly"));
  Object.assign(jobs, { state: "stopped", detail: "stopped", runner: undefined, starting: undefined });
}
