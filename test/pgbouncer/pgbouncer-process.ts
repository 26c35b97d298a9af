import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "../../scripts/free-port";

/** Where Debian's `pgbouncer` package puts the binary, and other usual places. */
const USUAL_PLACES = ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer"];

export const INSTALL_HINT =
  "install it with `sudo apt-get install -y pgbouncer` (Debian/Ubuntu), or set PGBOUNCER_BIN to its path";

/** PGBOUNCER_BIN when set (only it), else the first usual place that holds an executable; null: not installed. */
export function findPgBouncer(): string | null {
  const candidates = process.env.PGBOUNCER_BIN ? [process.env.PGBOUNCER_BIN] : USUAL_PLACES;
  for (const candidate of candidates) {
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not there: the next one
    }
  }
  return null;
}

export interface PgBouncer {
  /** `databaseUrl` with host and port of the PgBouncer (user, password, database and query kept) */
  url: string;
  port: number;
  /** a query on PgBouncer's admin console (SHOW POOLS, SHOW SERVERS …) */
  admin<R extends pg.QueryResultRow>(command: string): Promise<R[]>;
  stop(): Promise<void>;
}

export interface PgBouncerOptions {
  /** server connections per database and user: few, so that many clients share them */
  poolSize: number;
}

/**
 * A real PgBouncer in transaction pooling mode, in a temp folder, in front of
 * the database of `databaseUrl`: it logs in to PostgreSQL with that URL's user
 * and password, whatever user a client gives (auth_type = any). Logs go to its
 * stderr, kept for the error message when it does not come up.
 */
export async function startPgBouncer(
  binary: string,
  databaseUrl: string,
  options: PgBouncerOptions,
): Promise<PgBouncer> {
  const target = new URL(databaseUrl);
  const database = decodeURIComponent(target.pathname.slice(1));
  const port = await freePort();
  const folder = mkdtempSync(path.join(tmpdir(), "factdesk-pgbouncer-"));
  const server = connectionString({
    host: target.hostname,
    port: target.port || "5432",
    dbname: database,
    user: decodeURIComponent(target.username) || userInfo().username,
    password: decodeURIComponent(target.password),
  });
  const ini = path.join(folder, "pgbouncer.ini");
  writeFileSync(
    ini,
    [
      "[databases]",
      `${iniKey(database)} = ${server}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "auth_type = any",
      "pool_mode = transaction",
      `default_pool_size = ${options.poolSize}`,
      "max_client_conn = 200",
      "admin_users = pgbouncer",
      "logfile =",
      "pidfile =",
      "",
    ].join("\n"),
  );
  // PgBouncer refuses to run as root: then it drops to the postgres user (the ini must stay readable)
  const asRoot = process.getuid?.() === 0;
  const child = spawn(binary, [...(asRoot ? ["-u", "postgres"] : []), ini], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr!.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4_000)));
  const url = new URL(databaseUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);

  const stop = async () => {
    await stopChild(child);
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(url.toString(), child, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  const adminUrl = `postgresql://pgbouncer@127.0.0.1:${port}/pgbouncer`;
  return {
    url: url.toString(),
    port,
    async admin<R extends pg.QueryResultRow>(command: string) {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        return (await client.query<R>(command)).rows;
      } finally {
        await client.end();
      }
    },
    stop,
  };
}

/** A libpq-style connection string for the [databases] section; values quoted. */
function connectionString(values: Record<string, string>): string {
  return Object.entries(values)
    .filter(([, value]) => value !== "")
    .map(([key, value]) => {
      if (/['\\\n]/.test(value))
        throw new Error(`startPgBouncer: the test database's ${key} contains a quote, backslash or newline`);
      return `${key}='${value}'`;
    })
    .join(" ");
}

function iniKey(name: string): string {
  if (!/^[A-Za-z0-9_]+$/.test(name))
    throw new Error(`startPgBouncer: database name ${name} needs quoting in pgbouncer.ini`);
  return name;
}

async function waitUntilAnswering(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`pgbouncer exited with ${child.exitCode}:\n${log()}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    client.on("error", () => undefined);
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`pgbouncer did not answer within 10 s (${(error as Error).message}):\n${log()}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 3_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM"); // PgBouncer's immediate shutdown (SIGINT would wait for clients to finish)
  });
}
