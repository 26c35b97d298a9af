import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, chownSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { freePort } from "../../scripts/free-port";
import type { PostgresBinaries } from "./postgres-binaries";

/**
 * A PostgreSQL primary and a hot standby streaming from it, each in a folder
 * of a temp directory, on free ports of 127.0.0.1, with trust authentication
 * (loopback only, removed afterwards). For lib/db/replica.int.test.ts.
 */
export interface StreamingPair {
  /** `databaseName` on the primary, as the superuser */
  primaryUrl: string;
  /** the same database on the standby (read-only) */
  standbyUrl: string;
  /** Resolves once the standby has replayed everything the primary has written so far. */
  waitForReplay(): Promise<void>;
  /** The standby keeps receiving WAL but applies none of it (pg_wal_replay_pause) … */
  pauseReplay(): Promise<void>;
  /** … until this. */
  resumeReplay(): Promise<void>;
  /** Stops the standby (fast shutdown), as an outage of the replica. */
  stopStandby(): Promise<void>;
  /** Stops both servers and removes their folder. */
  stop(): Promise<void>;
}

const SUPERUSER = "postgres";
const WAIT_MS = 20_000;

interface Server {
  stop(): Promise<void>;
}

export async function startStreamingPair(binaries: PostgresBinaries, databaseName: string): Promise<StreamingPair> {
  const folder = mkdtempSync(path.join(tmpdir(), "factdesk-replica-"));
  if (binaries.runAs) chownSync(folder, binaries.runAs.uid, binaries.runAs.gid);
  const primaryDir = path.join(folder, "primary");
  const standbyDir = path.join(folder, "standby");
  const primaryPort = await freePort();
  let standbyPort = await freePort();
  while (standbyPort === primaryPort) standbyPort = await freePort();
  const admin = (port: number, database = "postgres") => `postgresql://${SUPERUSER}@127.0.0.1:${port}/${database}`;

  let primary: Server | undefined;
  let standby: Server | undefined;
  const stop = async () => {
    await standby?.stop();
    await primary?.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    await run(binaries, folder, "initdb", [
      "-D",
      primaryDir,
      "-U",
      SUPERUSER,
      "--auth=trust",
      "--encoding=UTF8",
      ...localeFlags(),
      "--no-sync",
    ]);
    primary = await startServer(binaries, folder, primaryDir, primaryPort);
    await query(admin(primaryPort), `CREATE DATABASE "${databaseName}"`);

    if (binaries.basebackup) {
      // -R: writes standby.signal and primary_conninfo, so the copy starts as a standby of this primary
      await run(binaries, folder, "pg_basebackup", [
        "-D",
        standbyDir,
        "-h",
        "127.0.0.1",
        "-p",
        String(primaryPort),
        "-U",
        SUPERUSER,
        "-X",
        "stream",
        "-R",
        "-c",
        "fast",
        "--no-sync",
      ]);
    } else {
      // no pg_basebackup (the npm build): the files of a cleanly stopped primary are a valid base for a standby too
      await primary.stop();
      execFileSync("cp", ["-a", primaryDir, standbyDir], { cwd: folder, ...(binaries.runAs ?? {}) });
      writeFileSync(path.join(standbyDir, "standby.signal"), "");
      appendFileSync(
        path.join(standbyDir, "postgresql.auto.conf"),
        `primary_conninfo = 'host=127.0.0.1 port=${primaryPort} user=${SUPERUSER}'\n`,
      );
      if (binaries.runAs) chownSync(path.join(standbyDir, "standby.signal"), binaries.runAs.uid, binaries.runAs.gid);
      primary = await startServer(binaries, folder, primaryDir, primaryPort);
    }
    standby = await startServer(binaries, folder, standbyDir, standbyPort);
    await until("the standby to stream from the primary", async () => {
      const [row] = await query<{ status: string }>(admin(standbyPort), "SELECT status FROM pg_stat_wal_receiver");
      return row?.status === "streaming";
    });
  } catch (error) {
    await stop();
    throw error;
  }

  const standbyServer = standby;
  return {
    primaryUrl: admin(primaryPort, databaseName),
    standbyUrl: admin(standbyPort, databaseName),
    async waitForReplay() {
      const [primaryAt] = await query<{ lsn: string }>(
        admin(primaryPort),
        "SELECT pg_current_wal_insert_lsn()::text AS lsn",
      );
      const lsn = primaryAt!.lsn;
      await until(`the standby to replay up to ${lsn}`, async () => {
        const [row] = await query<{ done: boolean }>(
          admin(standbyPort),
          "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done",
          [lsn],
        );
        return row?.done === true;
      });
    },
    async pauseReplay() {
      await query(admin(standbyPort), "SELECT pg_wal_replay_pause()");
    },
    async resumeReplay() {
      await query(admin(standbyPort), "SELECT pg_wal_replay_resume()");
    },
    stopStandby: () => standbyServer.stop(),
    stop,
  };
}

/** `postgres` on the data folder, as a child of this process (never left behind: killed when the process exits). */
async function startServer(binaries: PostgresBinaries, cwd: string, dataDir: string, port: number): Promise<Server> {
  const settings = {
    port: String(port),
    listen_addresses: "127.0.0.1",
    unix_socket_directories: "",
    wal_level: "replica",
    max_wal_senders: "5",
    hot_standby: "on",
    fsync: "off",
  };
  const args = ["-D", dataDir, ...Object.entries(settings).flatMap(([key, value]) => ["-c", `${key}=${value}`])];
  const child = spawn(path.join(binaries.binDir, "postgres"), args, {
    cwd,
    ...(binaries.runAs ?? {}),
    stdio: ["ignore", "ignore", "pipe"],
  });
  let log = "";
  child.stderr!.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4_000)));
  const killOnExit = () => child.kill("SIGKILL");
  process.on("exit", killOnExit);
  let stopping: Promise<void> | undefined;
  const server = {
    stop: () =>
      (stopping ??= (async () => {
        process.off("exit", killOnExit);
        await stopChild(child);
      })()),
  };
  try {
    await until(`PostgreSQL on port ${port} to answer`, async () => {
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(`postgres exited (${child.exitCode ?? child.signalCode}):\n${log}`);
      return query(`postgresql://${SUPERUSER}@127.0.0.1:${port}/postgres`, "SELECT 1").then(
        () => true,
        () => false,
      );
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGINT"); // fast shutdown: ends sessions, checkpoints, exits
  });
}

/** Runs one of the programs to completion; its output is shown only when it fails. */
function run(binaries: PostgresBinaries, cwd: string, program: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(binaries.binDir, program), args, {
      cwd,
      ...(binaries.runAs ?? {}),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolve() : reject(new Error(`${program} failed (exit ${code}):\n${output}`)),
    );
  });
}

async function query<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Polls `check` until it holds; a deadline, not a measurement: the test never asserts on time. */
async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** UTF-8 like production (full-text search drops non-ASCII letters under the C locale); C when the machine has no UTF-8 locale. */
function localeFlags(): string[] {
  try {
    const available = execFileSync("locale", ["-a"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split(
      "\n",
    );
    const utf8 = ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"].find((name) => available.includes(name));
    if (utf8) return [`--locale=${utf8}`];
  } catch {
    // no `locale` command
  }
  return ["--no-locale"];
}
