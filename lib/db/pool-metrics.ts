import { Gauge } from "prom-client";
import { databasePoolStats } from "@/lib/db/client";
import { metricsRegistry, singleMetric } from "@/lib/ops/metrics";

/**
 * The app's PostgreSQL pool, read when scraped: a pool at its limit with requests waiting is the first sign of overload.
 * Registered once when the server starts (instrumentation.ts); the pool registers with lib/ops, not the other way round.
 */
export function registerDatabasePoolMetrics(): void {
  const gauge = (name: string, help: string, read: (stats: ReturnType<typeof databasePoolStats>) => number) =>
    singleMetric(
      name,
      () =>
        new Gauge({
          name,
          help,
          registers: [metricsRegistry],
          collect() {
            this.set(read(databasePoolStats()));
          },
        }),
    );
  gauge("factdesk_db_pool_connections", "Open connections of the app's database pool", (s) => s.total);
  gauge("factdesk_db_pool_connections_in_use", "Pool connections running a query or transaction now", (s) => s.inUse);
  gauge("factdesk_db_pool_waiting_requests", "Queries waiting for a free pool connection", (s) => s.waiting);
}
