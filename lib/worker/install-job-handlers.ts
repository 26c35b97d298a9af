import { provideJobHandlers } from "@/lib/jobs/inline-jobs";

/**
 * Where a process starts (the app's startJobRunner, the test set-ups, the seed, the benchmarks): lets its use cases
 * run a job inline when no job runner takes it (lib/jobs/inline-jobs.ts). The handlers load on first use, so a
 * process that never runs a job inline never imports their work.
 */
export function installJobHandlers(): void {
  provideJobHandlers(async () => (await import("@/lib/worker/job-handlers")).JOB_HANDLERS);
}
