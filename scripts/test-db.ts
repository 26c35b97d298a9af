import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { freePort } from "./free-port";

// A fresh, migrated database for one test run (vitest globalSetup, Playwright).
// With TEST_DATABASE_URL (CI, or a developer's own server): a new uniquely named
// database on that server, dropped afterwards, so parallel runs never collide.
// Without it: a throwaway embedded PostgreSQL in a temp folder.

export interface TestDatabase {
  url: string;
  stop(): Promise<void>;
}

export async function provideTestDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  return serverUrl ? freshDatabaseOn(serverUrl) : embeddedDatabase();
}

async function freshDatabaseOn(serverUrl: string): Promise<TestDatabase> {
  const base = new URL(serverUrl);
  const baseName = decodeURIComponent(base.pathname.slice(1)) || "factdesk_test";
  // PostgreSQL truncates names at 63 bytes; keep the random suffix intact.
  const name = `${baseName.slice(0, 50)}_${randomBytes(4).toString("hex")}`;
  const target = new URL(base); // keeps user, password and query (?schema=, ?sslmode=)
  target.pathname = `/${encodeURIComponent(name)}`;

  await withAdmin(base, (admin) => admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`));
  const drop = () =>
    withAdmin(base, async (admin) => {
      // Connections still open (a pool not yet closed) would make DROP DATABASE fail.
      await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
        [name],
      );
      await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)}`);
    });
  try {
    await migrate(target.toString());
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: target.toString(), stop: drop };
}

async function embeddedDatabase(): Promise<TestDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "factdesk-test-db-"));
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    databaseName: "factdesk_test",
    persistent: false,
  });
  try {
    await migrate(server.url);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** Runs `fn` connected to the server's maintenance database `postgres`. */
async function withAdmin<T>(serverUrl: URL, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const adminUrl = new URL(serverUrl);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    return await fn(admin);
  } finally {
    await admin.end();
  }
}

/** `prisma migrate deploy` on the given database; its output is shown only if it fails. */
export function migrate(databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["prisma", "migrate", "deploy"], {
      cwd: projectRoot(),
      env: { ...process.env, DATABASE_URL: databaseUrl, MIGRATE_DATABASE_URL: databaseUrl }, // prisma.config.ts prefers MIGRATE_DATABASE_URL (e.g. from .env)
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new Error(`prisma migrate deploy failed (exit ${code}) for the test database:\n${output}`));
    });
  });
}

/** The folder holding prisma.config.ts, found from the working directory (test runners
 *  load this file through different module systems, so no __dirname/import.meta). */
function projectRoot(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "prisma.config.ts"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`prisma.config.ts not found above ${process.cwd()}`);
  }
}
