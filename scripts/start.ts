// `npm start`: serves Factdesk. With DATABASE_URL (environment or .env) it uses that
// server; without it, a PostgreSQL embedded in the project folder with demo data.
// Migrations are applied on every start, the app is built on the first start.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { config } from "dotenv";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../lib/db/embedded";
import { installJobSchema } from "../lib/jobs/job-boss";

config({ quiet: true });
const root = path.resolve(import.meta.dirname, "..");
const stateDir = path.join(root, ".factdesk"); // git-ignored
const env = process.env;
env.NEXT_TELEMETRY_DISABLED = "1";
const host = env.HOST || "0.0.0.0";
const port = env.PORT || "3000";

let database: EmbeddedPostgres | undefined;
let child: ChildProcess | undefined; // the command running now (migrate, seed, build or next)
let shuttingDown = false;

async function main(): Promise<void> {
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  const embedded = !env.DATABASE_URL;
  const dataDir = path.join(stateDir, "pgdata");
  if (embedded) {
    const dbPort = Number(env.FACTDESK_DB_PORT || 54329);
    console.log(`Starting the embedded PostgreSQL database on 127.0.0.1:${dbPort}…`);
    database = await startEmbeddedPostgres({ dataDir, port: dbPort, databaseName: "factdesk", persistent: true });
    env.DATABASE_URL = database.url;
    env.FACTDESK_DEMO = "1"; // the sign-in page shows the demo accounts
  }

  await run("npx", ["prisma", "migrate", "deploy"]);
  await installJobSchema(env.DATABASE_URL!); // the background jobs' tables (pg-boss), so the app needs no DDL rights
  if (embedded || env.FACTDESK_SEED === "1") await run("npx", ["tsx", "prisma/seed.ts"]); // idempotent

  env.NEXTAUTH_SECRET ||= persistentSecret();
  env.NEXTAUTH_URL ||= `http://localhost:${port}`;

  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("Building the app (first start only, about a minute)…");
    await run("npx", ["next", "build"]);
  }

  const next = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-H", host, "-p", port], { cwd: root, stdio: "inherit" });
  child = next;
  next.on("exit", (code, signal) => void shutdown(code ?? (signal ? 1 : 0)));
  await announceWhenReady(next, database ? database.dataDir : "the database at DATABASE_URL");
}

/** Runs a command with the project's environment; any failure stops everything. */
function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve) => {
    const proc = spawn(command, args, { cwd: root, stdio: "inherit" });
    child = proc;
    proc.on("error", (error) => fail(`${command} ${args.join(" ")}: ${error.message}`));
    proc.on("exit", (code, signal) => {
      if (shuttingDown) return; // shutdown() exits for us
      if (code === 0) resolve();
      else fail(`\`${command} ${args.join(" ")}\` failed (${signal ?? `exit code ${code}`})`);
    });
  });
}

/** NEXTAUTH_SECRET signs sessions; keeping it in .factdesk/ keeps people signed in across restarts. */
function persistentSecret(): string {
  const file = path.join(stateDir, "nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(stateDir, { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Prints where to go once the server answers, so the URL is the last thing on screen. */
async function announceWhenReady(next: ChildProcess, dataLocation: string): Promise<void> {
  const probeHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  while (next.exitCode === null && !shuttingDown) {
    try {
      await fetch(`http://${probeHost.includes(":") ? `[${probeHost}]` : probeHost}:${port}/`, { redirect: "manual" });
      const shown = probeHost === "127.0.0.1" ? "localhost" : probeHost;
      console.log(`\n  Factdesk is running at http://${shown}:${port}\n  Data: ${dataLocation}\n  Press Ctrl-C to stop.\n`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

/** Stops the current child, then the embedded database, then exits. Safe to call twice. */
async function shutdown(code: number): Promise<void> {
  if (shuttingDown) return;
  shuttingDown = true;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child?.once("exit", resolve));
    child.kill("SIGTERM");
    const timer = setTimeout(() => child?.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (database) {
    await database.stop();
    console.log("Embedded database stopped.");
  }
  process.exit(code);
}

function fail(message: string): void {
  console.error(`\nnpm start: ${message}`);
  void shutdown(1);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
