import { loadAppRoutes } from "@/lib/ops/app-routes";
import { installGracefulShutdown } from "@/lib/ops/graceful-shutdown";
import { installRequestHook, servers } from "@/lib/ops/http-hooks";
import { observeRequest } from "@/lib/ops/observe-request";
import { buildRouteTree } from "@/lib/ops/route-template";

/**
 * What running in production needs, set up once when the server starts
 * (instrumentation.ts, Node runtime): request ids, the access log and request
 * metrics on every request, and graceful shutdown. The layers above register
 * their own gauges and shutdown hooks with lib/ops (the database pool in
 * lib/db/pool-metrics.ts, the live streams in lib/live/open-streams.ts);
 * instrumentation.ts loads them.
 */
export async function installOperations(): Promise<void> {
  // Diagnostic switch: FACTDESK_OPERATIONS_HOOKS=off leaves requests unobserved (no request ids, access log or
  // request metrics), so bench/operations.ts can measure what observing costs a render
  if (process.env.FACTDESK_OPERATIONS_HOOKS !== "off") {
    const routes = buildRouteTree(loadAppRoutes());
    installRequestHook((request, response) => observeRequest(request, response, routes));
  }
  installGracefulShutdown({ servers });
}
