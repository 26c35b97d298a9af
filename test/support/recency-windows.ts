/**
 * What the recency-window tests of the note and claim searches share
 * (lib/search/search-recency-windows.int.test.ts, search-claim-windows.int.test.ts):
 * the times their rows are copied at, and the scans of a window's query plan.
 */
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
/** the newest row of each test workspace; its day starts at midnight UTC */
export const NEWEST = Date.parse("2026-01-01T12:00:00Z");

/** `count` times, `step` ms apart, the first `start` ms before NEWEST. */
export const timesBack = (start: number, count: number, step: number) =>
  Array.from({ length: count }, (_, i) => NEWEST - start - i * step);

type PlanNode = { Plans?: PlanNode[] } & Record<string, unknown>;

/**
 * The scans of `index` (a GIN index of `table`) in the executed plan of
 * `query`, as after a vacuum: the index's pending list merged (its size counts
 * against the index), statistics current.
 */
export async function indexScansOf(table: string, index: string, query: Prisma.Sql): Promise<PlanNode[]> {
  await db.$queryRawUnsafe(`SELECT gin_clean_pending_list('"${index}"'::regclass)`);
  await db.$executeRawUnsafe(`ANALYZE "${table}"`);
  const plan = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
    const [row] = await tx.$queryRaw<Record<string, unknown>[]>`EXPLAIN (ANALYZE, FORMAT JSON) ${query}`;
    return Object.values(row!)[0] as [{ Plan: PlanNode }];
  });
  const walk = (node: PlanNode): PlanNode[] => [
    ...(String(node["Node Type"]).includes("Index Scan") && node["Index Name"] === index ? [node] : []),
    ...(node.Plans ?? []).flatMap(walk),
  ];
  return walk(plan[0].Plan);
}
