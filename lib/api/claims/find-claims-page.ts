import { db } from "@/lib/db/client";
import { liveWorkspaceScopeSql } from "@/lib/db/scope-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { authorize } from "@/lib/policy/policy";
import { claimScope } from "@/lib/claims/scope";
import { claimMatchSql } from "@/lib/claims/search-claims";
import * as keyset from "@/lib/paging/keyset";
import { decodeCursor, pageArgs, toPage, type Page, type PageQuery } from "@/lib/paging/newest-first";
import type { Actor } from "@/lib/policy/actor";

export interface ClaimSummaryDto {
  id: string;
  statement: string;
  claimant: string | null;
  claimDate: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface ClaimsPageQuery extends PageQuery {
  /** the app's claim search (lib/claims/search-claims.ts): every word, in any order, names in any spelling */
  q?: string | undefined;
}

const SELECT = {
  id: true,
  statement: true,
  claimant: true,
  claimDate: true,
  createdAt: true,
  updatedAt: true,
} as const;

/**
 * Any member: one page of the workspace's live claims, newest first (details
 * and verdicts: getClaim); with `q`, only those the app's claim search finds,
 * paged the same way. SECURITY: claimScope / liveWorkspaceScopeSql.
 */
export async function findClaimsPage(actor: Actor, query: ClaimsPageQuery): Promise<Page<ClaimSummaryDto>> {
  authorize(actor, "article.read");
  if (query.q?.trim()) return findMatchingClaimsPage(actor, query, query.q);
  const { where, ...paging } = pageArgs(query);
  const rows = await db.claim.findMany({ where: { ...claimScope(actor), ...where }, ...paging, select: SELECT });
  return toPage(rows, query, (row) => row);
}

/** The search's test and the keyset window in one statement (limit + 1 rows, as pageArgs reads), then the rows. */
async function findMatchingClaimsPage(actor: Actor, query: PageQuery, q: string): Promise<Page<ClaimSummaryDto>> {
  const at = query.cursor === undefined ? null : { ...decodeCursor(query.cursor), reading: reading(query.cursor) };
  const backwards = at?.reading === "before";
  const window = at
    ? backwards
      ? Prisma.sql`AND (c."createdAt", c.id) > (${at.createdAt}::timestamp, ${at.id})`
      : Prisma.sql`AND (c."createdAt", c.id) < (${at.createdAt}::timestamp, ${at.id})`
    : Prisma.empty;
  const order = backwards ? Prisma.sql`c."createdAt" ASC, c.id ASC` : Prisma.sql`c."createdAt" DESC, c.id DESC`;
  const keys = await db.$queryRaw<{ id: string }[]>`
    SELECT c.id FROM "Claim" c
    WHERE ${liveWorkspaceScopeSql(actor, "c")} ${await claimMatchSql(actor, q)} ${window}
    ORDER BY ${order}
    LIMIT ${query.limit + 1}`;
  const rows = await db.claim.findMany({
    where: { ...claimScope(actor), id: { in: keys.map((k) => k.id) } },
    select: SELECT,
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return toPage(
    keys.flatMap((k) => byId.get(k.id) ?? []),
    query,
    (row) => row,
  );
}

/** decodeCursor has refused a forged cursor already: this one is well formed. */
function reading(cursor: string): keyset.KeysetCursor["reading"] {
  return keyset.decodeCursor(cursor, "date").reading;
}
