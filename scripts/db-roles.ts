// `npm run db:roles`: run by the owner after `prisma migrate deploy` (and after the
// job schema is installed). Makes the login of DATABASE_URL the app's role, which
// reads and writes rows but cannot change the schema, TRUNCATE, or edit the audit
// trail (lib/db/roles.ts). The owner's connection is MIGRATE_DATABASE_URL.
// Idempotent: run it after every migration. Reads the environment and .env.
import { config } from "dotenv";
import { ensureAppRoleForUrls } from "../lib/db/roles";

config({ quiet: true });

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  const migrateUrl = process.env.MIGRATE_DATABASE_URL || databaseUrl;
  if (!databaseUrl || !migrateUrl) {
    console.error("db:roles: set DATABASE_URL (the app's login) and MIGRATE_DATABASE_URL (the owner that runs migrations)");
    return 2;
  }
  const separate = await ensureAppRoleForUrls(migrateUrl, databaseUrl);
  const user = decodeURIComponent(new URL(databaseUrl).username);
  console.log(
    separate
      ? `db:roles: ${user} is a member of factdesk_app: rows only, no DDL or TRUNCATE, the audit trail append-only`
      : `db:roles: DATABASE_URL and MIGRATE_DATABASE_URL name the same user (${user}): nothing to do, the app connects as the owner`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`db:roles: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
