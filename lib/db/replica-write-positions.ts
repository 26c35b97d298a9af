import { AsyncLocalStorage } from "node:async_hooks";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { componentLogger } from "@/lib/ops/logger";

/**
 * Read-your-writes with a read replica (lib/db/replica.ts), the write side.
 *
 * Every mutation writes its audit event inside its transaction
 * (recordAuditEvent), which names the acting user here (noteWriter). When that
 * transaction has COMMITTED, the wrapper of `db.$transaction` (lib/db/client.ts)
 * records the primary's WAL insert position for each of them in
 * "UserWritePosition". That position is taken after the commit returned, so it
 * lies at or beyond the end of the commit record: a standby whose
 * pg_last_wal_replay_lsn() has reached it has applied the commit, and every
 * query it starts afterwards sees the write (and the user's earlier ones,
 * which committed before). Before reading from the replica for a signed-in
 * person, replica.ts compares; behind means the primary answers.
 *
 * The position lives in the database, not in process memory: the next request
 * may reach another instance. Positions are recorded only while
 * DATABASE_REPLICA_URL is set (every instance has the same configuration);
 * recording costs one small upsert after each audited transaction.
 */
const writersOfTransaction = new AsyncLocalStorage<Set<string>>();
const log = componentLogger("replica");

/** The audited change of the current `db.$transaction` was made by this user (null: the system). */
export function noteWriter(userId: string | null): void {
  if (userId) writersOfTransaction.getStore()?.add(userId);
}

/**
 * `db.$transaction` of the primary client: unchanged without a replica; with
 * one, an interactive transaction that named writers records their position
 * once it has committed (a failed one records nothing).
 */
export function transactionRecordingWrites(primary: PrismaClient): PrismaClient["$transaction"] {
  const transaction = primary.$transaction.bind(primary) as (work: unknown, options?: unknown) => Promise<unknown>;
  if (!env().DATABASE_REPLICA_URL) return transaction as PrismaClient["$transaction"];
  return (async (work: unknown, options?: unknown) => {
    if (typeof work !== "function") return transaction(work, options); // a batch of queries: no audit event in it
    const writers = new Set<string>();
    const result = await writersOfTransaction.run(writers, () => transaction(work, options));
    if (writers.size > 0) await recordWritePositions(primary, [...writers]);
    return result;
  }) as PrismaClient["$transaction"];
}

/**
 * An audited change written by one statement outside `db.$transaction` (it committed when the statement
 * returned; lib/annotations/create-annotation.ts): inside a transaction that records its writers, only
 * notes the writer (recorded once that transaction commits); otherwise, with a replica, records the
 * position now. `primary`: the primary client, not a transaction's (the position is taken after the commit).
 */
export async function recordStatementWrite(primary: PrismaClient, userId: string | null): Promise<void> {
  if (!userId) return;
  const writers = writersOfTransaction.getStore();
  if (writers) writers.add(userId);
  else if (env().DATABASE_REPLICA_URL) await recordWritePositions(primary, [userId]);
}

// pg_current_wal_insert_lsn() runs after the commit, in this statement: never before the commit record's end.
async function recordWritePositions(primary: PrismaClient, userIds: string[]): Promise<void> {
  try {
    await primary.$executeRaw`
      INSERT INTO "UserWritePosition" ("userId", lsn)
      SELECT id, pg_current_wal_insert_lsn() FROM unnest(${userIds}::text[]) AS id
      ON CONFLICT ("userId") DO UPDATE SET lsn = GREATEST("UserWritePosition".lsn, EXCLUDED.lsn)`;
  } catch (error) {
    // the change itself is committed: do not report it as failed; until the next write, this user may read a lagging replica
    log.warn({ err: error, users: userIds.length }, "could not record the write position for read-your-writes");
  }
}
