// `npx tsx scripts/install-job-schema.ts`: creates or upgrades the background jobs' schema (pg-boss, schema
// pgboss) on DATABASE_URL, with every queue and schedule. Part of the migration step, beside
// `prisma migrate deploy`, run by a role that may create tables (npm start runs it itself).
import { config } from "dotenv";
import { installJobSchema } from "../lib/jobs/job-boss";

config({ quiet: true });
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}
installJobSchema(url)
  .then(() => console.log("Job schema (pgboss) is up to date."))
  .catch((error: unknown) => {
    console.error(`Could not install the job schema: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
