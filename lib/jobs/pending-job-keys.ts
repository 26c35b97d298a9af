import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { jobSchemaIdentifier } from "@/lib/jobs/job-schema";
import type { QueueName } from "@/lib/jobs/queues";

/** The singletonKeys among `keys` that have a job of the queue waiting, waiting for a retry, or running. */
export async function pendingJobKeys(queue: QueueName, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db.$queryRaw<{ key: string }[]>(
    Prisma.sql`SELECT singleton_key AS key FROM ${jobSchemaIdentifier()}.job WHERE name = ${queue} AND singleton_key = ANY(${[...keys]}::text[]) AND state < 'completed'`,
  );
  return new Set(rows.map((r) => r.key));
}
