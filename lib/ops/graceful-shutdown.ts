import http from "node:http";
import { componentLogger } from "@/lib/ops/logger";
import { markShuttingDown, shutdownHooks } from "@/lib/ops/shutdown-hooks";

/**
 * Stopping without dropping work, in well under the 10 s an orchestrator
 * usually waits before SIGKILL. On SIGTERM (SIGINT: Ctrl-C):
 *
 * 1. readiness answers 503 (markShuttingDown), so the load balancer sends new
 *    requests elsewhere;
 * 2. every onShutdown hook runs at once: live-update streams end (browsers
 *    reconnect to another instance), the job runner stops taking jobs;
 * 3. the servers stop accepting connections; requests in flight finish, and
 *    each kept-alive connection is closed as soon as it is idle;
 * 4. Next.js exits (143 on SIGTERM) once its server has closed — its own
 *    SIGTERM handler (next/dist/server/lib/start-server.js, "cleanup") calls
 *    server.close() and waits for that. Without steps 2–3 an open stream kept
 *    that wait going until the stream's client left. A server's "closed"
 *    callback also waits for the hooks (holdServerCloseForHooks), so Next
 *    does not exit under a hook that is still finishing its work;
 * 5. backstop: whatever is still open after SHUTDOWN_TIMEOUT_MS (default
 *    8000) is cut and the process exits.
 *
 * Both handlers run on the same signal and do not conflict: Next's, added
 * first, closes the server; ours closes only a server still listening (with
 * NEXT_MANUAL_SIG_HANDLE Next adds none) and never exits before the
 * backstop — the normal exit is Next's.
 */
const log = componentLogger("shutdown");

export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 8_000;
/** How often kept-alive connections are checked for idleness while draining. */
const IDLE_SWEEP_MS = 100;
const EXIT_CODES: Record<ShutdownSignal, number> = { SIGTERM: 143, SIGINT: 130 };

export type ShutdownSignal = "SIGTERM" | "SIGINT";

export interface ShutdownOptions {
  /** the HTTP servers to drain (lib/ops/http-hooks.ts remembers them) */
  servers: () => Iterable<http.Server>;
  timeoutMs?: number;
  /** the backstop's way out; tests pass their own */
  exit?: (code: number) => void;
}

const globalForShutdown = globalThis as unknown as {
  factdeskShutdownInstalled?: boolean;
  factdeskShutdown?: Promise<void>;
  factdeskShutdownHooksDone?: Promise<void>;
};
const CLOSE_HELD = Symbol.for("factdesk.http.closeHeld");

/** Installs the signal handlers once per process (after Next's own, which start-server adds when it listens). */
export function installGracefulShutdown(options: ShutdownOptions): void {
  if (globalForShutdown.factdeskShutdownInstalled) return;
  globalForShutdown.factdeskShutdownInstalled = true;
  holdServerCloseForHooks();
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void shutDown(signal, options));
}

/**
 * Once a shutdown has begun, `server.close(callback)` calls back only when the
 * server has closed AND the shutdown hooks are done. Next's handler exits the
 * process in that callback; Next calls close() before any hook could finish,
 * so the hooks' promise is looked up when the server has closed, not when
 * close() is called. Outside a shutdown nothing changes.
 */
export function holdServerCloseForHooks(): void {
  const prototype = http.Server.prototype as http.Server & { [CLOSE_HELD]?: true };
  if (prototype[CLOSE_HELD]) return;
  const originalClose = prototype.close;
  prototype.close = function closeAfterHooks(this: http.Server, callback?: (error?: Error) => void) {
    if (!callback) return originalClose.call(this);
    return originalClose.call(this, (error?: Error) => {
      const hooks = globalForShutdown.factdeskShutdownHooksDone ?? Promise.resolve();
      void hooks.then(() => callback(error));
    });
  } as typeof prototype.close;
  prototype[CLOSE_HELD] = true;
}

/** Steps 1–3 and the backstop; resolves when every server has closed. Runs once: a second signal joins the first shutdown. */
export function shutDown(signal: ShutdownSignal, options: ShutdownOptions): Promise<void> {
  return (globalForShutdown.factdeskShutdown ??= drain(signal, options));
}

function shutdownTimeoutMs(options: ShutdownOptions): number {
  const configured = Number(process.env.SHUTDOWN_TIMEOUT_MS);
  return (
    options.timeoutMs ?? (Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_SHUTDOWN_TIMEOUT_MS)
  );
}

async function drain(signal: ShutdownSignal, options: ShutdownOptions): Promise<void> {
  const started = performance.now();
  const timeoutMs = shutdownTimeoutMs(options);
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const servers = [...options.servers()];
  markShuttingDown();
  log.info({ signal, timeoutMs, servers: servers.length }, `${signal}: shutting down, requests in flight may finish`);

  // unref'd: it must not keep alive a process that is otherwise done
  const backstop = setTimeout(() => {
    log.warn({ timeoutMs }, `still not done after ${timeoutMs} ms: cutting the remaining connections`);
    for (const server of servers) server.closeAllConnections();
    exit(EXIT_CODES[signal]);
  }, timeoutMs).unref();
  const sweep = setInterval(() => servers.forEach((server) => server.closeIdleConnections()), IDLE_SWEEP_MS).unref();

  const hooksDone = (globalForShutdown.factdeskShutdownHooksDone = runHooks());
  // Next's handler (it ran first) has closed the server: close() again only waits. Its callback gets
  // ERR_SERVER_NOT_RUNNING, ignored here, once the last connection is gone — which is what is awaited.
  const closed = servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())));
  await hooksDone;
  servers.forEach((server) => server.closeIdleConnections());
  await Promise.all(closed);
  clearInterval(sweep);
  clearTimeout(backstop);
  log.info({ ms: Math.round(performance.now() - started) }, "every connection closed");
}

/** All hooks at once; one that fails is logged and does not hold up the others. */
async function runHooks(): Promise<void> {
  const hooks = shutdownHooks();
  const results = await Promise.allSettled(hooks.map(async (hook) => hook.run()));
  results.forEach((result, i) => {
    if (result.status === "rejected")
      log.error({ err: result.reason, hook: hooks[i]!.name }, `shutdown hook "${hooks[i]!.name}" failed`);
  });
}
