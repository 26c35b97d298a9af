import type PgBoss from "pg-boss";
import type { QueueName } from "@/lib/jobs/queues";

export type JobRunnerState = "not started" | "starting" | "started" | "disabled" | "failed" | "stopping" | "stopped";

/** A running job runner: its pg-boss instance and the workers it registered. */
export interface JobRunner {
  boss: PgBoss;
  schema: string;
  /** wakes this runner's worker of a queue at once instead of at its next poll */
  notify(queue: QueueName): void;
  stop(): Promise<void>;
}

interface ProcessJobs {
  state: JobRunnerState;
  detail: string;
  runner?: JobRunner;
  starting?: Promise<void>;
}

// One job runner per process, on globalThis: Next evaluates modules once per bundle
// (instrumentation, each route), and they must all see the same runner.
const globalForJobs = globalThis as unknown as { factdeskJobs?: ProcessJobs };

export function processJobs(): ProcessJobs {
  return (globalForJobs.factdeskJobs ??= {
    state: "not started",
    detail: "startJobRunner() was not called in this process",
  });
}

/** The pg-boss instance of this process's started runner, if any. */
export function runningJobBoss(): PgBoss | undefined {
  const jobs = processJobs();
  return jobs.state === "started" ? jobs.runner?.boss : undefined;
}

/** Whether this process runs jobs (its runner is started): mail is then handed to the queue, not sent inline. */
export function jobRunnerStarted(): boolean {
  return processJobs().state === "started";
}

/** For readiness: started, or turned off on purpose, is fine; anything else says why not. */
export function jobRunnerStatus(): { state: JobRunnerState; detail: string } {
  const { state, detail } = processJobs();
  return { state, detail };
}
