/**
 * A queue that exists only in the jobs benchmark: its handler does nothing
 * but count, so what is measured is the job system itself (pg-boss rows,
 * polling, fetch and completion, our runner's loop and metrics).
 *
 * It is added, in this process only, to the tables the runner is built from
 * (lib/jobs/queues.ts QUEUES and QUEUE_NAMES, lib/worker/job-handlers.ts
 * JOB_HANDLERS), before anything reads them: installJobSchema then creates
 * it, and launchJobRunner syncs its policy and registers a worker for it
 * exactly as for the production queues. No production code knows it.
 */
import type { QueueDefinition, QueueName } from "@/lib/jobs/queues";

export const NOOP_QUEUE = "bench.noop";

export interface NoopQueue {
  /** jobs handled so far */
  handled(): number;
  /** when each was handled (performance.now()), in order */
  handledAt(): readonly number[];
  /** job numbers handled more than once (pg-boss hands each job to exactly one worker: should stay 0) */
  duplicates(): number;
  /** forgets what was handled, between measurements */
  reset(): void;
  /** enqueues job number `n` through the app's enqueue() */
  enqueue(n: number): Promise<string | null>;
}

/** "standard": no singletonKey dedupe, so every job sent is a job; no retries, like a job that cannot fail. */
const DEFINITION: QueueDefinition = {
  policy: "standard",
  retryLimit: 0,
  retryDelaySeconds: 0,
  retryBackoff: false,
  expireInSeconds: 60,
};

export async function registerNoopQueue(): Promise<NoopQueue> {
  const { QUEUES, QUEUE_NAMES } = await import("@/lib/jobs/queues");
  const { JOB_HANDLERS } = await import("@/lib/worker/job-handlers");
  const { enqueue } = await import("@/lib/jobs/enqueue");
  const seen = new Set<number>();
  const handledAt: number[] = [];
  let handled = 0;
  let duplicates = 0;

  const name = NOOP_QUEUE as QueueName; // the tables are typed by the production queues
  if (!QUEUE_NAMES.includes(name)) {
    (QUEUES as Record<string, QueueDefinition>)[NOOP_QUEUE] = DEFINITION;
    QUEUE_NAMES.push(name);
  }
  (JOB_HANDLERS as Record<string, (data: unknown) => Promise<void>>)[NOOP_QUEUE] = async (data) => {
    const n = (data as { n: number }).n;
    if (seen.has(n)) duplicates += 1;
    seen.add(n);
    handled += 1;
    handledAt.push(performance.now());
  };
  return {
    handled: () => handled,
    handledAt: () => handledAt,
    duplicates: () => duplicates,
    reset() {
      seen.clear();
      handledAt.length = 0;
      handled = 0;
      duplicates = 0;
    },
    enqueue: (n) => enqueue(name, { n } as never),
  };
}
