import { Histogram } from "prom-client";
import { metricsRegistry, singleMetric } from "@/lib/ops/metrics";

/**
 * How long report exports take, by format: from the request for the file to
 * its last byte (the body is streamed, so the time a slow client takes to read
 * is included, as the person waiting sees it). `outcome`: complete, failed
 * (the serializer or a query threw), cancelled (the client stopped reading).
 */
const exportDuration = singleMetric(
  "factdesk_export_duration_seconds",
  () =>
    new Histogram({
      name: "factdesk_export_duration_seconds",
      help: "Report export time, from the request to the last byte of the file, by format and outcome",
      labelNames: ["format", "outcome"] as const,
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers: [metricsRegistry],
    }),
);

/** Passes `body` through unchanged and records the export's duration when it ends, however it ends. */
export async function* timedExportBody<T>(
  format: string,
  startedAt: number,
  body: AsyncGenerator<T>,
): AsyncGenerator<T> {
  let outcome = "cancelled";
  try {
    yield* body;
    outcome = "complete";
  } catch (error) {
    outcome = "failed";
    throw error;
  } finally {
    exportDuration.observe({ format, outcome }, (performance.now() - startedAt) / 1000);
  }
}
