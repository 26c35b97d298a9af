import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";
import { Counter } from "prom-client";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPooledClient, db } from "@/lib/db/client";
import { ambientTransaction } from "@/lib/db/ambient-transaction";
import { meansServerGone } from "@/lib/db/availability";
import { parseLsn, replicaServes, type ReplicaPosition } from "@/lib/db/replica-lsn";
import { componentLogger } from "@/lib/ops/logger";
import { metricsRegistry, singleMetric } from "@/lib/ops/metrics";

/**
 * Reads from a streaming read replica (DATABASE_REPLICA_URL), for exports,
 * search and public report pages: `withReplica(reader, work)` decides once
 * where `work` reads, and inside it `readDb` is that source. Without a
 * replica, inside a write transaction, or outside withReplica, `readDb` is
 * the primary `db`. Writes never go through readDb (and a standby refuses them).
 *
 * The guarantee:
 * - a signed-in reader reads their own writes: the replica answers only when
 *   it has replayed the WAL position recorded after their last committed
 *   change (lib/db/replica-write-positions.ts); otherwise the primary does;
 * - everyone, the public included, reads data at most REPLICA_MAX_LAG_MS old
 *   (default 5000): a replica further behind, down, or not streaming sends
 *   reads to the primary. A replica that refuses connections is left alone
 *   for a few seconds, so its outage costs a failed connect now and then,
 *   never the site (the primary's outage page is not involved).
 * A stream read after withReplica returned (a download's body) keeps its
 * choice with keepReplicaScope.
 * DATABASE_REPLICA_URL must name ONE standby (not a balancer over several):
 * the position checked must be the position of the server that answers.
 */
export type ReplicaReader = { readonly userId: string } | { readonly kind: "public" };

/** How long a read waits for a replica connection before it goes to the primary instead. */
const REPLICA_CONNECT_WAIT_MS = 2_000;
/** After the replica refused or dropped a connection, reads go to the primary for this long before it is asked again. */
const REPLICA_RETRY_AFTER_MS = 5_000;

interface Replica {
  client: PrismaClient;
  pool: pg.Pool;
}

const globalForReplica = globalThis as unknown as { factdeskReplica?: Replica; factdeskReplicaDownUntil?: number };
const log = componentLogger("replica");
const source = new AsyncLocalStorage<PrismaClient>();

const reads = singleMetric(
  "factdesk_db_replica_reads_total",
  () =>
    new Counter({
      name: "factdesk_db_replica_reads_total",
      help: "Reads that could use the read replica (exports, search, public pages), by the server that answered",
      labelNames: ["source"] as const,
      registers: [metricsRegistry],
    }),
);

/** The client for reads: what withReplica chose, else the primary (`db`, which also follows a write transaction). */
export const readDb: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const chosen = (!ambientTransaction() && source.getStore()) || db;
    const value = Reflect.get(chosen, property, chosen);
    return typeof value === "function" ? value.bind(chosen) : value;
  },
});

/**
 * Runs `work` (reads only) with `readDb` on the replica when it may answer
 * this reader, else on the primary. Nested calls keep the outer choice. If
 * the replica fails while `work` runs and no longer answers, `work` runs
 * once more on the primary.
 */
export async function withReplica<T>(reader: ReplicaReader, work: () => Promise<T>): Promise<T> {
  const configured = replicaClient();
  if (!configured || ambientTransaction() || source.getStore()) return work();
  const replica = (await servesReader(configured, reader)) ? configured : null;
  reads.inc({ source: replica ? "replica" : "primary" });
  if (!replica) return source.run(db, work);
  try {
    return await source.run(replica.client, work);
  } catch (error) {
    if (await positionOf(replica)) throw error; // the replica is fine: the error is the work's own
    return source.run(db, work);
  }
}

/**
 * A stream made inside withReplica and read after it returned (a download's
 * body): every step reads from the source withReplica chose. Outside
 * withReplica: the stream as it is.
 */
export function keepReplicaScope<T>(body: AsyncGenerator<T>): AsyncGenerator<T> {
  const chosen = source.getStore();
  if (!chosen) return body;
  return (async function* () {
    let done = false;
    try {
      for (;;) {
        const step = await source.run(chosen, () => body.next());
        if (step.done) {
          done = true;
          return;
        }
        yield step.value;
      }
    } finally {
      if (!done) await source.run(chosen, () => body.return(undefined));
    }
  })();
}

/** Whether the replica answers and may serve this reader. */
async function servesReader(replica: Replica, reader: ReplicaReader): Promise<boolean> {
  if (Date.now() < (globalForReplica.factdeskReplicaDownUntil ?? 0)) return false;
  const [position, lastWrite] = await Promise.all([
    positionOf(replica),
    "userId" in reader ? lastWritePosition(reader.userId) : null,
  ]);
  return replicaServes(position, lastWrite, env().REPLICA_MAX_LAG_MS);
}

function replicaClient(): Replica | null {
  const url = env().DATABASE_REPLICA_URL;
  if (!url) return null;
  return (globalForReplica.factdeskReplica ??= createPooledClient(url, {
    connectWaitMs: REPLICA_CONNECT_WAIT_MS,
    watchAvailability: false,
  }));
}

// Lag: none when everything received is replayed (an idle primary sends nothing new); else the age of the last
// replayed transaction. No WAL receiver: the standby is cut off from the primary, its data may be any age.
const POSITION_SQL = `
  SELECT pg_last_wal_replay_lsn()::text AS replay,
         CASE WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
              ELSE extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()) * 1000 END AS "lagMs",
         EXISTS (SELECT 1 FROM pg_stat_wal_receiver) AS streaming`;

/** Where the replica stands; null when it is down, is no standby (replay is null on a primary) or does not stream. */
async function positionOf(replica: Replica): Promise<ReplicaPosition | null> {
  try {
    const { rows } = await replica.pool.query<{ replay: string | null; lagMs: string | null; streaming: boolean }>(
      POSITION_SQL,
    );
    if (globalForReplica.factdeskReplicaDownUntil) {
      log.info("the read replica answers again");
      globalForReplica.factdeskReplicaDownUntil = undefined;
    }
    const row = rows[0];
    if (!row?.replay || !row.streaming) return null;
    return { replayLsn: parseLsn(row.replay), lagMs: row.lagMs === null ? Number.NaN : Number(row.lagMs) };
  } catch (error) {
    if (!meansServerGone(error)) return null; // slow (a busy pool): this read goes to the primary, the next one asks again
    if (!globalForReplica.factdeskReplicaDownUntil)
      log.warn({ err: error }, "the read replica is down: reads go to the primary");
    globalForReplica.factdeskReplicaDownUntil = Date.now() + REPLICA_RETRY_AFTER_MS;
    return null;
  }
}

/** The user's last recorded write position, from the primary (null: none recorded). */
async function lastWritePosition(userId: string): Promise<bigint | null> {
  const rows = await db.$queryRaw<
    { lsn: string }[]
  >`SELECT lsn::text AS lsn FROM "UserWritePosition" WHERE "userId" = ${userId}`;
  return rows[0] ? parseLsn(rows[0].lsn) : null;
}

/** Closes the replica's connections (tests; the next read opens new ones). */
export async function disconnectReplica(): Promise<void> {
  const replica = globalForReplica.factdeskReplica;
  globalForReplica.factdeskReplica = undefined;
  globalForReplica.factdeskReplicaDownUntil = undefined;
  await replica?.client.$disconnect();
  await replica?.pool.end().catch(() => undefined);
}
