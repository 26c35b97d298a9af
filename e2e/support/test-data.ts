/**
 * Test data for e2e journeys: the factories, pointed at the database the web
 * server created (e2e/support/serve.ts writes its URL to E2E_STATE_FILE).
 */
import { readFileSync } from "node:fs";
import { installJobHandlers } from "../../lib/worker/install-job-handlers";

const state = JSON.parse(readFileSync(process.env.E2E_STATE_FILE!, "utf8")) as { databaseUrl: string };
process.env.DATABASE_URL = state.databaseUrl;
// the server's secret (playwright.config.ts gives it E2E_NEXTAUTH_SECRET): factories that seal a secret (webhook endpoints) seal it with the key the app opens it with
process.env.NEXTAUTH_SECRET ??= process.env.E2E_NEXTAUTH_SECRET;
// the factories' use cases run their jobs (conflict detection) inline in this process, which runs no job runner
installJobHandlers();

export * from "../../prisma/factories";
export { db } from "../../lib/db/client";
export { createWorkspace } from "../../lib/workspaces/create-workspace";
