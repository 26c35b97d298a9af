/**
 * Last-resort cleanup for the load stage: if the test process is interrupted
 * (Ctrl-C, or the stage's time limit sending SIGTERM), the databases and app
 * servers it started are stopped before it dies. Normal runs stop them in
 * afterAll; this only covers the paths where afterAll never runs.
 */
type Cleanup = () => Promise<void>;

const pending = new Set<Cleanup>();
let installed = false;

/** Registers `cleanup` to run if the process is interrupted; returns a function that unregisters it. */
export function onCleanup(cleanup: Cleanup): () => void {
  install();
  pending.add(cleanup);
  return () => void pending.delete(cleanup);
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    let cleaning = false;
    // Stays registered until the cleanup is done: other handlers (bench/support/next-app.ts)
    // re-raise the signal only when no listener is left, which would end the process too early.
    const handler = () => {
      if (cleaning) return;
      cleaning = true;
      const all = [...pending].map((cleanup) => cleanup().catch(() => undefined));
      pending.clear();
      const limit = new Promise((resolve) => setTimeout(resolve, 20_000).unref());
      void Promise.race([Promise.all(all), limit]).finally(() => {
        process.removeListener(signal, handler);
        process.kill(process.pid, signal);
      });
    };
    process.on(signal, handler);
  }
}
