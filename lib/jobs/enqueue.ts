import type PgBoss from "pg-boss";
import { createBoss } from "@/lib/jobs/job-boss";
import { processJobs } from "@/lib/jobs/job-runner-state";
import type { JobPayloads, QueueName } from "@/lib/jobs/queues";

export interface EnqueueOptions {
  /** at most one waiting and one running job per key (the queue is "stately"): enqueuing again is a no-op */
  singletonKey?: string;
  /** fewer tries than the queue's default (a mail that already failed some) */
  retryLimit?: number;
  startAfter?: Date;
}

// A process without a runner (a CLI, JOBS_DISABLED) still enqueues, through a producer instance.
const globalForProducer = globalThis as unknown as { factdeskJobProducer?: Promise<PgBoss> };

function producer(): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return Promise.reject(new Error("DATABASE_URL is not set"));
  return (globalForProducer.factdeskJobProducer ??= (async () => {
    const boss = createBoss({ connectionString, runsJobs: false, poolSize: 2 });
    boss.on("error", () => undefined); // the failing call rejects
    return boss.start();
  })().catch((error: unknown) => {
    globalForProducer.factdeskJobProducer = undefined;
    throw error;
  }));
}

/**
 * Adds a job (a row: it survives restarts) for whichever instance polls first.
 * Returns its id, or null when a job with the same singletonKey is already
 * waiting. This process's own worker is woken at once.
 */
export async function enqueue<Q extends QueueName>(
  name: Q,
  data: JobPayloads[Q],
  options: EnqueueOptions = {},
): Promise<string | null> {
  const runner = processJobs().runner;
  const boss = runner?.boss ?? (await producer());
  const id = await boss.send(name, data, options);
  runner?.notify(name);
  return id;
}

/** Stops the producer instance (tests, CLI exit). */
export async function closeJobProducer(): Promise<void> {
  const pending = globalForProducer.factdeskJobProducer;
  globalForProducer.factdeskJobProducer = undefined;
  if (pending) await (await pending.catch(() => undefined))?.stop({ graceful: false });
}
