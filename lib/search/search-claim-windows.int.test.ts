/**
 * Recency windows of the claim search (find-claim-hits.ts, recency-windows.ts):
 * in a large workspace the newest matching claims are looked up in windows of
 * days, which must give exactly the newest matches of the unbounded query, with
 * filters, and which the claims' GIN index must apply inside its scan.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DAY, HOUR, indexScansOf, NEWEST, timesBack } from "@/test/support/recency-windows";
import { Prisma } from "@/lib/generated/prisma/client";
import { claimMatchesSql, newestClaimMatches } from "@/lib/search/find-claim-hits";
import { claimTsQuery } from "@/lib/search/claim-query";
import { parseSearchParams, RANK_WINDOW } from "@/lib/search/schemas";
import { searchWorkspace } from "@/lib/search/search-workspace";
import type { SearchScope } from "@/lib/search/search-sql";
import { createClaimRecord, createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";
import { NO_STATISTICS, type TermStatistics } from "@/lib/search/vector-statistics";

/** Copies of a claim (raw SQL: thousands of rows), one per time; the vector is generated. */
async function copiesAt(claimId: string, times: number[]): Promise<void> {
  const batch = uniqueSuffix();
  await db.$executeRaw`
    INSERT INTO "Claim" (id, "workspaceId", statement, claimant, "createdById", "createdAt", "updatedAt")
    SELECT c.id || '-' || ${batch} || '-' || t.n, c."workspaceId", c.statement, c.claimant, c."createdById", t.at, t.at
    FROM "Claim" c, unnest(${times.map((t) => new Date(t).toISOString())}::timestamp[]) WITH ORDINALITY AS t(at, n)
    WHERE c.id = ${claimId}`;
}

/**
 * A workspace large enough for windows: 4,000 claims without the word in the
 * newest half day (the first window) and one two years old. Its claims with
 * the word are copies of `matching` (the editor's) and of `reviewers`.
 */
async function largeDesk() {
  const ws = await createWorkspaceWithMembers();
  const word = `zr${uniqueSuffix()}`;
  const filler = await createClaimRecord(ws.actors.EDITOR, { statement: "The bridge over the river closed at noon." });
  const matching = await createClaimRecord(ws.actors.EDITOR, { statement: `Inspectors found ${word} in the girders.` });
  const reviewers = await createClaimRecord(ws.actors.REVIEWER, { statement: `The ${word} report was late.` });
  await copiesAt(filler.id, [...timesBack(1, 4_000, 10_000), NEWEST - 730 * DAY]);
  // the claims made by the factory are the newest of all: move them out of the way
  await db.claim.updateMany({
    where: { id: { in: [filler.id, matching.id, reviewers.id] } },
    data: { createdAt: new Date(NEWEST - 731 * DAY) },
  });
  const scope = (filters: SearchScope["filters"] = {}): SearchScope => ({
    workspaceId: ws.workspace.id,
    nameVariants: [],
    seesUnapproved: true,
    filters,
  });
  const q = claimTsQuery(word, []);
  /** the newest matches as the unbounded query finds them, with the same conditions */
  const unbounded = async (condition = Prisma.empty) =>
    (
      await db.$queryRaw<{ id: string }[]>`
        SELECT c.id FROM "Claim" c
        WHERE c."workspaceId" = ${ws.workspace.id} AND c."deletedAt" IS NULL AND c."searchVector" @@ ${q} ${condition}
        ORDER BY c."createdAt" DESC LIMIT ${RANK_WINDOW + 1}`
    ).map((r) => r.id);
  /** without statistics of the words, as before the first ANALYZE: the first window is the newest 4,000 claims' days */
  const windowed = async (filters: SearchScope["filters"] = {}, statistics: TermStatistics = NO_STATISTICS) => {
    const { matches, since } = await newestClaimMatches(scope(filters), word, q, statistics);
    return { ids: matches.map((m) => m.id), since };
  };
  return { ...ws, word, q, matching, reviewers, scope, unbounded, windowed };
}

describe("searchWorkspace: recency windows of the claim search", () => {
  it("finds the newest matches in the newest days when they hold enough, reading only those days' matches", async () => {
    const { matching, word, q, scope, unbounded, windowed } = await largeDesk();
    await copiesAt(matching.id, timesBack(2, 600, 60_000)); // the newest day
    await copiesAt(matching.id, timesBack(300 * DAY, 300, HOUR)); // most of a year ago
    const { ids, since } = await windowed();
    expect(since).toEqual(new Date("2026-01-01T00:00:00Z"));
    expect(ids).toEqual(await unbounded());

    // the window's days are a condition of the GIN index scan: only the 600 newest matches come out of it, not 900
    const window = { since: since!, until: new Date(NEWEST) };
    const scans = await indexScansOf("Claim", "Claim_day_searchVector_idx", claimMatchesSql(scope(), word, q, window));
    expect(scans).toHaveLength(1);
    expect(scans[0]!["Index Cond"]).toMatch(/ARRAY\[.*"createdAt"\)::date.*&&/);
    expect(scans[0]!["Actual Rows"]).toBe(600);
  });

  it("widens the window at the pace of the matches it found, to exactly the newest matches", async () => {
    const { matching, unbounded, windowed } = await largeDesk();
    await copiesAt(matching.id, timesBack(2, 20, HOUR / 2)); // 20 in the first window
    await copiesAt(matching.id, timesBack(DAY, 900, DAY / 30)); // then 30 a day for 30 days
    const { ids, since } = await windowed();
    expect(since!.getTime()).toBeLessThan(NEWEST - 2 * DAY);
    expect(since!.getTime()).toBeGreaterThan(NEWEST - 30 * DAY);
    expect(ids).toHaveLength(RANK_WINDOW + 1);
    expect(ids).toEqual(await unbounded());
  });

  it("sizes the first window from the share of claims holding the words, and skips windows for a rare word", async () => {
    const { matching, word, unbounded, windowed } = await largeDesk();
    await copiesAt(matching.id, timesBack(2, 600, 10 * 60_000)); // the last 100 hours
    await copiesAt(matching.id, timesBack(300 * DAY, 300, HOUR)); // most of a year ago
    const statistics = (share: number): TermStatistics => ({
      shares: new Map([[word, share]]),
      unlistedShare: 0,
      rows: 0,
    });
    // the newest 4,000 claims came one per 10 s: a word in 2% of claims needs 751.5 / (0.02 × 0.1/s) s ≈ 4.3 days
    const common = await windowed({}, statistics(0.02));
    expect(common.since).toEqual(new Date("2025-12-28T00:00:00Z"));
    expect(common.ids).toEqual(await unbounded());
    // a word in 0.01% of claims is expected in fewer than a window needs: no window
    const rare = await windowed({}, statistics(0.0001));
    expect(rare.since).toBeNull();
    expect(rare.ids).toEqual(await unbounded());
  });

  it("ends with the unbounded query when the windows stay short of the newest RANK_WINDOW matches", async () => {
    const { matching, unbounded, windowed } = await largeDesk();
    await copiesAt(matching.id, timesBack(2, 5, HOUR));
    await copiesAt(matching.id, timesBack(DAY, 40, DAY / 4));
    await copiesAt(matching.id, timesBack(200 * DAY, 600, HOUR)); // most of them long ago
    const { ids, since } = await windowed();
    expect(since).toBeNull();
    expect(ids).toHaveLength(RANK_WINDOW + 1);
    expect(ids).toEqual(await unbounded());
  });

  it("applies the filters in every window: an author whose matches are all older", async () => {
    const { users, matching, reviewers, unbounded, windowed } = await largeDesk();
    await copiesAt(matching.id, timesBack(2, 600, 60_000));
    await copiesAt(reviewers.id, timesBack(3, 10, HOUR));
    await copiesAt(reviewers.id, timesBack(DAY, 700, DAY / 40));
    const { ids } = await windowed({ author: users.REVIEWER.id });
    expect(ids).toEqual(await unbounded(Prisma.sql`AND c."createdById" = ${users.REVIEWER.id}`));
    expect(ids).toHaveLength(RANK_WINDOW + 1);
  });

  it("gives the search page the newest matches ranked as before: best first, then newest", async () => {
    const { actors, matching, reviewers, word, q, unbounded } = await largeDesk();
    await db.claim.update({ where: { id: reviewers.id }, data: { statement: `${word} ${word}: the report` } }); // ranks higher
    await copiesAt(reviewers.id, timesBack(3, 5, DAY));
    await copiesAt(matching.id, timesBack(2, 20, HOUR / 2));
    await copiesAt(matching.id, timesBack(DAY, 900, DAY / 30));
    const results = await searchWorkspace(actors.EDITOR, parseSearchParams({ q: word, type: "claims" }));
    expect(results.claims).toMatchObject({ state: "shown", total: RANK_WINDOW, capped: true });
    const ranked = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Claim" WHERE id = ANY(${await unbounded()}::text[])
      ORDER BY ts_rank("searchVector", ${q}) DESC, "createdAt" DESC, id LIMIT 20`;
    const hits = results.claims.state === "shown" ? results.claims.hits : [];
    expect(hits.map((h) => h.id)).toEqual(ranked.map((r) => r.id));
    expect(hits.slice(0, 6).every((h) => h.statement.some((p) => p.hit))).toBe(true);
  });
});
