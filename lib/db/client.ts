import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { requireDatabaseUrl } from "@/lib/env";

function createPrismaClient(): PrismaClient {
  const connectionString = requireDatabaseUrl();
  // `?schema=` is Prisma's URL convention; pg ignores it, so hand it to the adapter.
  const schema = new URL(connectionString).searchParams.get("schema") ?? undefined;
  // a bounded connect wait: with the database down or restarting, requests answer 503 instead of hanging
  const adapter = new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10), connectionTimeoutMillis: 5_000 }, { schema });
  return new PrismaClient({ adapter });
}

// One client per process (Next.js dev re-evaluates modules on every change).
const globalForPrisma = globalThis as unknown as { factdeskPrisma?: PrismaClient };

function client(): PrismaClient {
  return (globalForPrisma.factdeskPrisma ??= createPrismaClient());
}

/**
 * The one Prisma client. Created on first use, not at import, so `next build`
 * can load route modules without a DATABASE_URL.
 */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const real = client();
    const value = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});

/** The client type inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export async function disconnectDb(): Promise<void> {
  await globalForPrisma.factdeskPrisma?.$disconnect();
  globalForPrisma.factdeskPrisma = undefined;
}
