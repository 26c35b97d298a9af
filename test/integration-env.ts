import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { reportDatabaseAnswered } from "@/lib/db/availability";
import { forgetEnv } from "@/lib/env";
import { forgetTermStatistics } from "@/lib/search/vector-statistics";
import { closeJobProducer } from "@/lib/jobs/enqueue";
import { installJobHandlers } from "@/lib/worker/install-job-handlers";

// Runs in each test worker before each test file is imported. The integration project does not isolate test files
// (vitest.config.ts): a worker runs one file after another with the same modules and the same process, so what one file
// changes must not reach the next. This file puts the environment back after each file; the Prisma client and its pool
// stay open from one file to the next (the database is the same), unless a file pointed the app at another database.

process.env.DATABASE_URL = inject("databaseUrl");
// Test files run in parallel, each with its own pool: keep the pools small.
process.env.DATABASE_POOL_SIZE ??= "4";
// Publishing refuses a public address on localhost (lib/public-urls/public-address.ts): tests publish at a real-looking one.
process.env.PUBLIC_BASE_URL ??= "https://factdesk.test";
// lib/env.ts reads process.env lazily (on the first query) and keeps what it read: the file starts from its own
// environment, including what it sets at the top or in beforeAll.
forgetEnv();
// The same for what the process remembers of the database: a file reads PostgreSQL's statistics afresh, after its own
// rows and ANALYZE, not those an earlier file read (kept 10 minutes: lib/search/vector-statistics.ts).
forgetTermStatistics();
// No job runner here unless a test starts one: use cases run their jobs (conflict detection) inline.
installJobHandlers();

const environment = { ...process.env };
/** What decides which database the app's connections go to. */
const DATABASE_SETTINGS = ["DATABASE_URL", "DIRECT_DATABASE_URL", "DATABASE_REPLICA_URL", "DATABASE_POOL_SIZE"];

// Registered before the test file's own hooks, so it runs after its afterAll hooks.
afterAll(async () => {
  const movedDatabase = DATABASE_SETTINGS.some((name) => process.env[name] !== environment[name]);
  for (const name of Object.keys(process.env)) if (!(name in environment)) delete process.env[name];
  Object.assign(process.env, environment);
  forgetEnv();
  // pg-boss's producer keeps the URL it started with (a file may have changed it meanwhile and back): the next file
  // that enqueues starts its own
  await closeJobProducer();
  if (movedDatabase) {
    // the app's pool on the file's other database (PgBouncer, a replica pair, another login): the next file makes its own,
    // and an outage of that database (stopped with the file) is not the next file's
    await disconnectDb();
    reportDatabaseAnswered();
  }
});
