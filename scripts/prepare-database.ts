// The database step of `npm start` and `npm run dev`: DATABASE_URL's server (environment or
// .env), or without it a PostgreSQL embedded in .factdesk/ with demo data; then the migration
// step (applyMigrations), then the demo data when wanted.
import path from "node:path";
import { ensureAppRole, ensureAppRoleForUrls } from "../lib/db/roles";
import { EMBEDDED_APP_LOGIN, startEmbeddedPostgres } from "../lib/db/embedded";
import { installJobSchema } from "../lib/jobs/job-boss";
import { createPooledClient } from "../lib/db/client";
import { backfillDetectionKeys } from "../lib/conflicts/detect/refresh-detection-keys";
import { sealLegacyWebhookSecrets } from "../lib/webhooks/seal-legacy-webhook-secrets";
import { bin, type Launcher, stateDir } from "./launcher";

const env = process.env;

/** Sets DATABASE_URL (starting the embedded database when it is unset) and readies that database; returns where the data lives. */
export async function prepareDatabase(launcher: Launcher): Promise<string> {
  const embedded = !env.DATABASE_URL;
  let dataLocation = "the database at DATABASE_URL";
  if (embedded) {
    const dbPort = Number(env.FACTDESK_DB_PORT || 54329);
    console.log(`Starting the embedded PostgreSQL database on 127.0.0.1:${dbPort}…`);
    const database = await startEmbeddedPostgres({
      dataDir: path.join(stateDir, "pgdata"),
      port: dbPort,
      databaseName: "factdesk",
      persistent: true,
    });
    launcher.onStop(async () => {
      await database.stop();
      console.log("Embedded database stopped.");
    });
    env.DATABASE_URL = database.url;
    env.FACTDESK_DEMO = "1"; // the sign-in page shows the demo accounts
    dataLocation = database.dataDir;
  }

  await applyMigrations(launcher);
  if (embedded || env.FACTDESK_SEED === "1") await launcher.run(bin("tsx"), ["prisma/seed.ts"]); // idempotent
  // Embedded: the app connects as its own login without DDL or TRUNCATE rights; migrations and seed above ran as the owner (lib/db/roles.ts).
  if (embedded) env.DATABASE_URL = await ensureAppRole(env.DATABASE_URL!, EMBEDDED_APP_LOGIN);
  return dataLocation;
}

/**
 * THE migration step, everywhere: npm start, npm run dev, and `npm run db:migrate:deploy` (the
 * Docker image's one-shot migrate job). Runs as the owner of the tables — MIGRATE_DATABASE_URL,
 * else the one DATABASE_URL — and is idempotent: Prisma's migrations, the keys they add that only
 * the app can compute (backfillStoredKeys), the background jobs' schema (pg-boss), then the rights
 * of DATABASE_URL's login when it is another role (lib/db/roles.ts; nothing to do when both URLs
 * name the same user).
 */
export async function applyMigrations(launcher: Launcher): Promise<void> {
  const appUrl = env.DATABASE_URL;
  const ownerUrl = env.MIGRATE_DATABASE_URL || appUrl;
  if (!appUrl || !ownerUrl)
    throw new Error("set DATABASE_URL (and MIGRATE_DATABASE_URL when migrations run as another role)");
  await launcher.run(bin("prisma"), ["migrate", "deploy"]); // prisma.config.ts: MIGRATE_DATABASE_URL || DATABASE_URL
  await backfillStoredKeys(ownerUrl);
  await installJobSchema(ownerUrl); // so the app needs no DDL rights
  // the app login as PostgreSQL itself sees it: DATABASE_URL may go through PgBouncer (another host, port and password)
  await ensureAppRoleForUrls(ownerUrl, env.DIRECT_DATABASE_URL || appUrl);
}

/**
 * The data half of the migrations: keys derived in TypeScript that SQL cannot compute, for rows that have none yet
 * (after the migration that adds them, every existing claim; on later starts nothing, one look-up per workspace),
 * and the webhook signing secrets still stored in clear, sealed with NEXTAUTH_SECRET's key.
 */
async function backfillStoredKeys(ownerUrl: string): Promise<void> {
  const { client, pool } = createPooledClient(ownerUrl, { connectWaitMs: 10_000, watchAvailability: false });
  try {
    const keyed = await backfillDetectionKeys(client);
    if (keyed > 0) console.log(`Conflict detection keys written for ${keyed} claims.`);
    const secrets = await sealLegacyWebhookSecrets(client);
    if (secrets.sealed > 0) console.log(`Webhook signing secrets sealed: ${secrets.sealed}.`);
    if (secrets.waiting > 0)
      console.log(
        `${secrets.waiting} webhook signing secrets are stored in clear: run this step with NEXTAUTH_SECRET set to seal them.`,
      );
  } finally {
    await client.$disconnect();
    await pool.end();
  }
}
