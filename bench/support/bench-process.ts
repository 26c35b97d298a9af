/**
 * What every benchmark process shares: a fresh database with the app pointed
 * at it, undoing everything it set up (in reverse, whatever happened), and
 * printing its figures as JSON when run as a script (bench/run.ts starts one
 * process per benchmark and reads that output).
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import { provideTestDatabase, type TestDatabase } from "../../scripts/test-db";
import type { BenchFigure } from "../figure";

export interface Cleanup {
  what: string;
  run: () => Promise<unknown> | unknown;
}

/**
 * A fresh migrated database, DATABASE_URL and the app's Prisma client pointed
 * at it; their undoing goes onto `cleanups`. Must run before anything reads
 * the app's environment (lib/env.ts caches it for the process).
 */
export async function useBenchDatabase(cleanups: Cleanup[]): Promise<TestDatabase> {
  const database = await provideTestDatabase();
  cleanups.push({ what: "drop the database", run: () => database.stop() });
  const previousUrl = process.env.DATABASE_URL;
  process.env.DATABASE_URL = database.url;
  cleanups.push({
    what: "restore DATABASE_URL",
    run: () => (previousUrl === undefined ? delete process.env.DATABASE_URL : (process.env.DATABASE_URL = previousUrl)),
  });
  const { env } = await import("@/lib/env");
  if (env().DATABASE_URL !== database.url)
    throw new Error("The app's environment was read before this benchmark set DATABASE_URL; run it in its own process");
  // no job runner in a benchmark process (unless it starts one): use cases run their jobs (conflict detection) inline
  (await import("@/lib/worker/install-job-handlers")).installJobHandlers();
  const { disconnectDb } = await import("@/lib/db/client");
  cleanups.push({ what: "close the Prisma client", run: () => disconnectDb() });
  return database;
}

/** Undoes `cleanups` in reverse order; one failing does not stop the others. */
export async function runCleanups(bench: string, cleanups: Cleanup[]): Promise<void> {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup.run();
    } catch (error) {
      console.error(`bench ${bench}: could not ${cleanup.what}:`, error);
    }
  }
}

/** When `moduleUrl` is the script being run: measures and prints the figures as JSON (exit code 1 on failure). */
export function runWhenMain(moduleUrl: string, measure: () => Promise<BenchFigure[]>): void {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(path.resolve(process.argv[1])).href) return;
  measure().then(
    (figures) => console.log(JSON.stringify(figures, null, 2)),
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
