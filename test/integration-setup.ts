import type { TestProject } from "vitest/node";
import { provideTestDatabase } from "../scripts/test-db";
import { installJobSchema } from "../lib/jobs/job-boss";

declare module "vitest" {
  export interface ProvidedContext {
    /** URL of the migrated test database, for test/integration-env.ts */
    databaseUrl: string;
  }
}

/**
 * Runs once per integration run, in vitest's main process: one fresh migrated
 * database (on TEST_DATABASE_URL's server, or an embedded PostgreSQL) for all
 * test files, dropped afterwards. Test files make their own unique rows, so
 * they can share it and run in parallel.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const database = await provideTestDatabase();
  await installJobSchema(database.url);
  project.provide("databaseUrl", database.url);
  return () => database.stop();
}
