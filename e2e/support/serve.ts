/**
 * Playwright's web server: a fresh migrated database (scripts/test-db.ts), then
 * the built app (`next start`) on it. The database URL is written to
 * E2E_STATE_FILE so test workers can create their own data in it with the
 * factories. On SIGTERM/SIGINT the app stops and the database is dropped.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { provideTestDatabase } from "../../scripts/test-db";

async function main(): Promise<void> {
  const stateFile = required("E2E_STATE_FILE");
  const port = required("E2E_PORT");
  const database = await provideTestDatabase();
  mkdirSync(path.dirname(stateFile), { recursive: true });
  writeFileSync(stateFile, JSON.stringify({ databaseUrl: database.url }));

  const app = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", port], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, NEXT_TELEMETRY_DISABLED: "1" },
  });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    app.kill("SIGTERM");
    await database.stop().catch((error) => console.error("[e2e] could not drop the test database", error));
    process.exit(code);
  };
  app.on("exit", (code) => void stop(code ?? 1));
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGINT", () => void stop(0));
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} must be set (playwright.config.ts sets it)`);
  return value;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
