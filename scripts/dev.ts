// `npm run dev`: Next's development server (reloads as you edit) on the same database as
// `npm start`: DATABASE_URL, or the embedded PostgreSQL in .factdesk/ with demo data, migrated
// and seeded first (scripts/prepare-database.ts). Not both at once on the embedded database:
// it belongs to one process at a time.
import { config } from "dotenv";
import { announceWhenReady, bin, Launcher, persistentSecret } from "./launcher";
import { prepareDatabase } from "./prepare-database";

config({ quiet: true });
const env = process.env;
env.NEXT_TELEMETRY_DISABLED = "1";
const host = env.HOST || "0.0.0.0";
const port = env.PORT || "3000";
const launcher = new Launcher("npm run dev");

async function main(): Promise<void> {
  const data = await prepareDatabase(launcher);
  env.NEXTAUTH_SECRET ||= persistentSecret();
  env.NEXTAUTH_URL ||= `http://localhost:${port}`;
  const next = launcher.serve(bin("next"), ["dev", "-H", host, "-p", port]);
  await announceWhenReady(launcher, next, { host, port, data });
}

main().catch((error: unknown) => launcher.fail(error instanceof Error ? error.message : String(error)));
