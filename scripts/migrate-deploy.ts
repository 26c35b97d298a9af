// `npm run db:migrate:deploy`: the migration step on its own (scripts/prepare-database.ts
// applyMigrations) — what the Docker image's `migrate` target runs once before the app starts.
// MIGRATE_DATABASE_URL: the owner that migrates; DATABASE_URL: the app's login (the same URL
// when there is one role). Reads the environment and .env.
import { config } from "dotenv";
import { Launcher } from "./launcher";
import { applyMigrations } from "./prepare-database";

config({ quiet: true });
const launcher = new Launcher("db:migrate:deploy");

applyMigrations(launcher).then(
  () => {
    console.log("Database migrated: schema, job schema and the app role's rights are up to date.");
    void launcher.shutdown(0);
  },
  (error: unknown) => launcher.fail(error instanceof Error ? error.message : String(error)),
);
