/** Sources re-fetched per run of the periodic check: bounded, oldest check first; the next run takes the next ones. */
export const CHECK_BATCH = 200;
/** Never-preserved sources the sweep enqueues per run. */
export const SWEEP_BATCH = 200;
/** How long one run of the check goes on taking batches: well within the queue's expiry (lib/jobs/queues.ts, 30 minutes). */
export const CHECK_TIME_BUDGET_MS = 20 * 60 * 1000;
