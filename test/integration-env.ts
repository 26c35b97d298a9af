import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db/client";
import { installJobHandlers } from "@/lib/worker/install-job-handlers";

// Runs in each test worker before the test file is imported. lib/env.ts reads
// process.env lazily (on the first query), so setting it here is in time.
process.env.DATABASE_URL = inject("databaseUrl");
// Test files run in parallel, each with its own pool: keep the pools small.
process.env.DATABASE_POOL_SIZE ??= "4";
// Publishing refuses a public address on localhost (lib/public-urls/public-address.ts): tests publish at a real-looking one.
process.env.PUBLIC_BASE_URL ??= "https://factdesk.test";
// No job runner here unless a test starts one: use cases run their jobs (conflict detection) inline.
installJobHandlers();

afterAll(async () => {
  await disconnectDb();
});
