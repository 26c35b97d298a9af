/**
 * What must stop when the server is told to stop (SIGTERM, SIGINT): live
 * streams close, the job runner stops taking jobs, pools drain. Modules
 * register a hook; the signal handler (lib/ops/graceful-shutdown.ts) runs
 * them all at once within the shutdown deadline. Kept on globalThis so every
 * bundle of the server process registers into the same list.
 */
export interface ShutdownHook {
  name: string;
  run: () => Promise<void> | void;
}

const globalForHooks = globalThis as unknown as { factdeskShutdownHooks?: Map<string, ShutdownHook["run"]> };
const hooks = (globalForHooks.factdeskShutdownHooks ??= new Map());

/** Registers (or replaces, by name) a hook. */
export function onShutdown(name: string, run: ShutdownHook["run"]): void {
  hooks.set(name, run);
}

export function shutdownHooks(): ShutdownHook[] {
  return [...hooks].map(([name, run]) => ({ name, run }));
}

/** Whether a shutdown has begun: readiness answers 503 and new streams are refused from then on. */
export function isShuttingDown(): boolean {
  return (globalThis as { factdeskShuttingDown?: boolean }).factdeskShuttingDown === true;
}

export function markShuttingDown(): void {
  (globalThis as { factdeskShuttingDown?: boolean }).factdeskShuttingDown = true;
}
