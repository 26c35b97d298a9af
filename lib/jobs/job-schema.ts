import { Prisma } from "@/lib/generated/prisma/client";
import { JOB_SCHEMA } from "@/lib/jobs/job-boss";
import { processJobs } from "@/lib/jobs/job-runner-state";

/** The schema of this process's job tables: its runner's (tests run theirs in a schema of their own), else pgboss. */
export function jobSchema(): string {
  return processJobs().runner?.schema ?? JOB_SCHEMA;
}

/** The schema as an SQL identifier for raw queries (pg-boss allows only letters, digits and _ in it). */
export function jobSchemaIdentifier(): Prisma.Sql {
  const schema = jobSchema();
  if (!/^[A-Za-z_]\w*$/.test(schema)) throw new Error(`unexpected job schema name ${schema}`);
  return Prisma.raw(`"${schema}"`);
}
