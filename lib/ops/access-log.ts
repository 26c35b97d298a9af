import { componentLogger } from "@/lib/ops/logger";

const log = componentLogger("http");

export interface AccessLogEntry {
  method: string | undefined;
  route: string;
  /** the path with credentials masked (lib/ops/route-template.ts); never the query string */
  path: string;
  status: number;
  durationMs: number;
  requestId: string;
  /** bytes written to the connection for this response, headers included */
  bytes: number | undefined;
  /** the client went away before the response was complete */
  aborted: boolean;
}

/** Probes and build assets: one line each at debug level, so a load balancer polling every few seconds does not bury the log. */
const QUIET_ROUTES = new Set(["/api/health/live", "/api/health/ready", "/_next/static/*", "/_next/image", "/icon.svg"]);

/**
 * One line per request when its response ends. No cookies, no headers, no
 * query string: the route and masked path say what was asked, the request id
 * leads to everything else logged about it.
 */
export function writeAccessLog(entry: AccessLogEntry): void {
  const level = entry.status >= 500 ? "warn" : QUIET_ROUTES.has(entry.route) ? "debug" : "info";
  if (!log.isLevelEnabled(level)) return;
  const { method, route, status, durationMs } = entry;
  log[level](
    { ...entry, durationMs: Math.round(durationMs * 10) / 10 },
    `${method} ${route} ${status} ${Math.round(durationMs)} ms${entry.aborted ? " (client went away)" : ""}`,
  );
}
