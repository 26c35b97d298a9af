import { Counter, Gauge, Histogram } from "prom-client";
import { metricsRegistry, singleMetric } from "@/lib/ops/metrics";
import { QUEUE_NAMES } from "@/lib/jobs/queues";
import { runningJobBoss } from "@/lib/jobs/job-runner-state";

/** How long one job's handler ran, by queue and outcome ("completed", "failed"). */
export const jobDuration = singleMetric(
  "factdesk_job_duration_seconds",
  () =>
    new Histogram({
      name: "factdesk_job_duration_seconds",
      help: "Duration of background jobs run by this process",
      labelNames: ["queue", "outcome"],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 30, 60, 120],
      registers: [metricsRegistry],
    }),
);

/** Failed tries of jobs run by this process (each retry that fails counts). */
export const jobsFailed = singleMetric(
  "factdesk_jobs_failed_total",
  () =>
    new Counter({
      name: "factdesk_jobs_failed_total",
      help: "Background job tries that failed in this process",
      labelNames: ["queue"],
      registers: [metricsRegistry],
    }),
);

/** Jobs waiting (created or waiting for a retry), read from the database at scrape time: the same for every instance. */
singleMetric(
  "factdesk_job_queue_depth",
  () =>
    new Gauge({
      name: "factdesk_job_queue_depth",
      help: "Background jobs waiting to run, by queue (all instances)",
      labelNames: ["queue"],
      registers: [metricsRegistry],
      async collect() {
        const boss = runningJobBoss();
        if (!boss) return;
        for (const queue of QUEUE_NAMES) {
          const depth = await boss.getQueueSize(queue).catch(() => null);
          if (depth !== null) this.set({ queue }, depth);
        }
      },
    }),
);
