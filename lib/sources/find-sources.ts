import { db } from "@/lib/db/client";
import { authorize } from "@/lib/policy/policy";
import { keysetArgs, toPage, type KeysetOrder, type Page } from "@/lib/paging/keyset";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SourceHealth } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/policy/actor";
import { sourceScope } from "./scope";
import { SOURCE_SUMMARY_SELECT, type SourceSummaryDto } from "./source-dto";

/** By address: the (workspaceId, url) unique index serves every page as one range scan, however many sources. */
export const SOURCE_ORDER: KeysetOrder = { field: "url", direction: "asc", type: "string" };

export interface FindSourcesQuery {
  health?: SourceHealth | undefined;
  cursor?: string | undefined;
  pageSize: number;
}

/**
 * Any member ("source.read"): one page of the workspace's preserved sources,
 * by address, optionally of one health. A cursor this list did not issue is
 * an InvalidCursorError.
 */
export async function findSources(actor: Actor, query: FindSourcesQuery): Promise<Page<SourceSummaryDto>> {
  authorize(actor, "source.read");
  const { where, ...paging } = keysetArgs<
    Prisma.SourceSnapshotWhereInput,
    Prisma.SourceSnapshotOrderByWithRelationInput
  >(SOURCE_ORDER, query.cursor, query.pageSize);
  const rows = await db.sourceSnapshot.findMany({
    where: { AND: [sourceScope(actor), query.health ? { health: query.health } : {}, where] },
    ...paging,
    select: SOURCE_SUMMARY_SELECT,
  });
  return toPage(rows, SOURCE_ORDER, query, (row) => row);
}

/** Any member: how many of the workspace's sources are of each health (the list's filter tabs). */
export async function countSourcesByHealth(actor: Actor): Promise<Record<SourceHealth, number>> {
  authorize(actor, "source.read");
  const groups = await db.sourceSnapshot.groupBy({ by: ["health"], where: sourceScope(actor), _count: { _all: true } });
  const counts: Record<SourceHealth, number> = { UNCHECKED: 0, LIVE: 0, CHANGED: 0, DEAD: 0 };
  for (const g of groups) counts[g.health] = g._count._all;
  return counts;
}
