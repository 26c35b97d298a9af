import type { Instrumentation } from "next";

/**
 * Runs once when the server starts (Node runtime only: the imports sit inside
 * the check, so the edge bundle leaves them out).
 * - Operations (lib/ops/install-operations.ts): request ids, access log,
 *   Prometheus metrics, graceful shutdown on SIGTERM; the database pool gauges
 *   and the live-stream gauge with its shutdown hook register with it.
 * - On a database without any user it prints a one-time link to create the
 *   first admin (lib/auth/first-admin), and it starts the background job
 *   runner (lib/worker). Neither is awaited: the server starts serving at once,
 *   and a database that is down is logged, never fatal.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // several instances need one shared server-actions key: refuse to start without it
    (await import("./lib/ops/instance-config")).assertInstanceConfig();
    (await import("./lib/db/pool-metrics")).registerDatabasePoolMetrics();
    await import("./lib/live/open-streams"); // its gauge reads 0 from the start, not only after the first stream
    const { installOperations } = await import("./lib/ops/install-operations");
    await installOperations();
  }
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.DATABASE_URL) {
    const { announceFirstAdminLink } = await import("./lib/auth/first-admin/create-first-admin-link");
    void announceFirstAdminLink();
    // background jobs (lib/worker): mail delivery with retries and the sweep; JOBS_DISABLED=1 turns it off here
    const { startJobRunner } = await import("./lib/worker/job-runner");
    void startJobRunner();
  }
}

/** An error no page, action or route handler caught: logged with the request id and digest shown on the error page. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { logRequestError } = await import("./lib/ops/request-error-log");
    logRequestError(error, request, context);
  }
};
