import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/env";
import { ambientMember, ambientTransaction } from "@/lib/db/ambient-transaction";
import { watchPoolAvailability } from "@/lib/db/availability";
import { transactionRecordingWrites } from "@/lib/db/replica-write-positions";

/** How long a query or transaction waits for a connection (a free one in the pool, or a new one) before the request answers 503. */
const CONNECTION_WAIT_MS = 5_000;

/**
 * A Prisma client on a pool of its own: the primary's below, the read
 * replica's in lib/db/replica.ts. `watchAvailability`: refused connects put
 * pages on the outage page (only the primary's: a replica that is down sends
 * reads back to the primary instead).
 */
export function createPooledClient(
  connectionString: string,
  options: { connectWaitMs: number; watchAvailability: boolean },
): { client: PrismaClient; pool: pg.Pool } {
  // `?schema=` is Prisma's URL convention; pg ignores it, so hand it to the adapter.
  const schema = new URL(connectionString).searchParams.get("schema") ?? undefined;
  // a bounded connect wait: with the database down or restarting, requests answer 503 instead of hanging
  const pool = new pg.Pool({
    connectionString,
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
    connectionTimeoutMillis: options.connectWaitMs,
  });
  pool.on("error", () => undefined); // an idle connection the server dropped (a restart): the pool replaces it
  if (options.watchAvailability) watchPoolAvailability(pool, connectionString); // a refused connect puts pages on the outage page (proxy.ts)
  const adapter = new PrismaPg(pool, { schema });
  // Transactions wait for a pooled connection as long as plain queries do: Prisma's own 2 s default
  // answered 503s under load (50 editors, test/load) while the pool would still have served them.
  return { client: new PrismaClient({ adapter, transactionOptions: { maxWait: CONNECTION_WAIT_MS } }), pool };
}

function createPrismaClient(): PrismaClient {
  const { client, pool } = createPooledClient(requireDatabaseUrl(), {
    connectWaitMs: CONNECTION_WAIT_MS,
    watchAvailability: true,
  });
  globalForPrisma.factdeskPool = pool;
  return client;
}

// One client per process (Next.js dev re-evaluates modules on every change).
const globalForPrisma = globalThis as unknown as { factdeskPrisma?: PrismaClient; factdeskPool?: pg.Pool };

function client(): PrismaClient {
  return (globalForPrisma.factdeskPrisma ??= createPrismaClient());
}

/**
 * The one Prisma client. Created on first use, not at import, so `next build`
 * can load route modules without a DATABASE_URL. Inside runInTransaction
 * (lib/db/ambient-transaction.ts) it stands for that transaction.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const tx = ambientTransaction();
    if (tx) return ambientMember(tx, property);
    const real = client();
    if (property === "$transaction") return transactionRecordingWrites(real); // read-your-writes with a replica
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

/** The client type inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The app pool's connections right now (for the metrics): open, busy, and requests waiting for one. Zeros before first use. */
export function databasePoolStats(): { total: number; inUse: number; waiting: number } {
  const pool = globalForPrisma.factdeskPool;
  if (!pool) return { total: 0, inUse: 0, waiting: 0 };
  return { total: pool.totalCount, inUse: pool.totalCount - pool.idleCount, waiting: pool.waitingCount };
}

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.factdeskPrisma?.$disconnect();
  // the adapter does not own a pool it was handed: end it here
  await globalForPrisma.factdeskPool?.end().catch(() => undefined);
  globalForPrisma.factdeskPrisma = undefined;
  globalForPrisma.factdeskPool = undefined;
}
