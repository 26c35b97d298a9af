import type { JobPayloads, QueueName } from "@/lib/jobs/queues";

/**
 * One job's work. Throwing fails the try: pg-boss retries it as its queue says (lib/jobs/queues.ts). What it returns
 * goes to a caller that ran it inline (runJobInline); the runner ignores it.
 */
export type JobHandler<Q extends QueueName> = (data: JobPayloads[Q]) => Promise<unknown>;
export type JobHandlers = { [Q in QueueName]: JobHandler<Q> };

// One per process, on globalThis: Next evaluates modules once per bundle, and the use cases of every bundle run
// jobs through the handlers installed at start-up.
const globalForHandlers = globalThis as unknown as { factdeskJobHandlers?: () => Promise<JobHandlers> };

/**
 * Gives this process the handlers (lib/worker/job-handlers.ts, loaded on first use) that a use case runs inline
 * when no job runner takes the job (the CLI, tests, JOBS_DISABLED). Called where a process starts:
 * installJobHandlers (lib/worker/install-job-handlers.ts).
 */
export function provideJobHandlers(load: () => Promise<JobHandlers>): void {
  globalForHandlers.factdeskJobHandlers = load;
}

/**
 * The handler of `name`, to run a job here and now instead of queuing it. Throws when the process installed no
 * handlers: a process that changes data without them would silently skip the work (e.g. conflict detection
 * after a claim changed), so a missing installJobHandlers() call fails loudly instead.
 */
export function inlineJobHandler<Q extends QueueName>(name: Q): (data: JobPayloads[Q]) => Promise<unknown> {
  const load = globalForHandlers.factdeskJobHandlers;
  if (!load)
    throw new Error(
      `This process has no job handlers to run a ${name} job without a job runner: call installJobHandlers() (lib/worker/install-job-handlers.ts) where it starts.`,
    );
  return async (data) => ((await load())[name] as JobHandler<Q>)(data);
}
