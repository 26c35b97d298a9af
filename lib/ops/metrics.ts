import { Registry, collectDefaultMetrics } from "prom-client";

/**
 * The one Prometheus registry of this process. Modules register their own
 * metrics on it (`registers: [metricsRegistry]`); /api/metrics serves it to
 * a scraper that presents METRICS_TOKEN. Kept on globalThis so Next's separate
 * bundles (routes, instrumentation) share one registry in one process.
 */
const globalForMetrics = globalThis as unknown as { factdeskMetrics?: Registry };

function createRegistry(): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "factdesk_process_" });
  return registry;
}

export const metricsRegistry: Registry = (globalForMetrics.factdeskMetrics ??= createRegistry());

/** A metric registered once per process even when a module is evaluated again by another bundle. */
export function singleMetric<T>(name: string, create: () => T): T {
  const existing = metricsRegistry.getSingleMetric(name);
  return (existing as T | undefined) ?? create();
}
