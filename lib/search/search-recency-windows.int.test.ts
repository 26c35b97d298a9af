/**
 * Recency windows of the annotation search (newest-annotation-matches.ts): in a
 * large workspace the newest matches are looked up in windows of days, which
 * must give exactly the newest matches of the unbounded query however the
 * matches spread over time, with filters and with deleted articles, and which
 * the GIN index must apply inside its scan (else every match is read anyway).
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { DAY, HOUR, indexScansOf, NEWEST, timesBack } from "@/test/support/recency-windows";
import { deleteArticle } from "@/lib/articles/delete-article";
import { Prisma } from "@/lib/generated/prisma/client";
import { matchesSql, newestAnnotationMatches } from "@/lib/search/newest-annotation-matches";
import { parseSearchParams, RANK_WINDOW } from "@/lib/search/schemas";
import { searchWorkspace } from "@/lib/search/search-workspace";
import { tsQuery, type SearchScope } from "@/lib/search/search-sql";
import { annotate } from "@/test/support/search-newsroom";
import { NO_STATISTICS, type TermStatistics } from "@/lib/search/vector-statistics";
import { createArticle, createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";

/** Copies of a note (raw SQL, as in search-window.int.test.ts), one per time; the vector is generated. */
async function copiesAt(annotationId: string, times: number[]): Promise<void> {
  const batch = uniqueSuffix();
  await db.$executeRaw`
    INSERT INTO "Annotation" (id, "workspaceId", "articleId", "versionId", kind, start, "end", exact, prefix, suffix,
                              "anchorState", body, tags, "authorId", revision, "createdAt", "updatedAt")
    SELECT a.id || '-' || ${batch} || '-' || t.n, a."workspaceId", a."articleId", a."versionId", a.kind, a.start, a."end", a.exact, a.prefix,
           a.suffix, a."anchorState", a.body, a.tags, a."authorId", a.revision, t.at, t.at
    FROM "Annotation" a, unnest(${times.map((t) => new Date(t).toISOString())}::timestamp[]) WITH ORDINALITY AS t(at, n)
    WHERE a.id = ${annotationId}`;
}

/**
 * A workspace large enough for windows: 4,000 notes without the word in the
 * newest half day (the first window), and one two years old. Its notes with
 * the word are copies of `matching` (and of `tagged`, tag "checked").
 */
async function largeNewsroom() {
  const ws = await createWorkspaceWithMembers();
  const word = `zr${uniqueSuffix()}`;
  const text = `The bridge over the river closed at noon.\n\nInspectors wrote ${word} in their report.`;
  const kept = await createArticle(ws.actors.EDITOR, { title: "Bridge closed", text });
  const other = await createArticle(ws.actors.EDITOR, { title: "Bridge inspection", text });
  const filler = await annotate(ws.actors.EDITOR, kept, "river", "a note without the word");
  const matching = await annotate(ws.actors.EDITOR, kept, word, `checked ${word}`);
  const tagged = await annotate(ws.actors.EDITOR, kept, word, `checked ${word}`, ["checked"]);
  const onOther = await annotate(ws.actors.EDITOR, other, word, `checked ${word}`);
  await copiesAt(filler.id, [...timesBack(1, 4_000, 10_000), NEWEST - 730 * DAY]);
  // the notes made through the use case are the newest of all but hold the word: move them out of the way
  await db.annotation.updateMany({
    where: { id: { in: [filler.id, matching.id, tagged.id, onOther.id] } },
    data: { createdAt: new Date(NEWEST - 731 * DAY) },
  });
  const scope = (filters: SearchScope["filters"] = {}): SearchScope => ({
    workspaceId: ws.workspace.id,
    nameVariants: [],
    seesUnapproved: true,
    filters,
  });
  /** the newest matches as the unbounded query finds them, with the same conditions */
  const unbounded = async (condition = Prisma.empty) =>
    (
      await db.$queryRaw<{ id: string }[]>`
        SELECT an.id FROM "Annotation" an JOIN "Article" ar ON ar.id = an."articleId" AND ar."deletedAt" IS NULL
        WHERE an."workspaceId" = ${ws.workspace.id} AND an."deletedAt" IS NULL
          AND an."searchVector" @@ ${tsQuery(word)} ${condition}
        ORDER BY an."createdAt" DESC LIMIT ${RANK_WINDOW + 1}`
    ).map((r) => r.id);
  /** without statistics of the words, as before the first ANALYZE: the first window is the newest 4,000 notes' days */
  const windowed = (filters: SearchScope["filters"] = {}, statistics: TermStatistics = NO_STATISTICS) =>
    newestAnnotationMatches(scope(filters), tsQuery(word), statistics);
  return { ...ws, word, other, matching, tagged, onOther, scope, unbounded, windowed };
}

describe("searchWorkspace: recency windows of the annotation search", () => {
  it("finds the newest matches in the newest days when they hold enough, reading only those days' matches", async () => {
    const { matching, word, scope, unbounded, windowed } = await largeNewsroom();
    await copiesAt(matching.id, timesBack(2, 600, 60_000)); // the newest day
    await copiesAt(matching.id, timesBack(300 * DAY, 300, HOUR)); // most of a year ago
    const { matches, since } = await windowed();
    const ids = matches.map((m) => m.id);
    expect(since).toEqual(new Date("2026-01-01T00:00:00Z"));
    expect(ids).toEqual(await unbounded());

    // the window's days are a condition of the GIN index scan: only the 600 newest matches come out of it, not 900
    const scans = await indexScansOf(
      "Annotation",
      "Annotation_day_searchVector_idx",
      matchesSql(scope(), tsQuery(word), { since: since!, until: new Date(NEWEST) }, false),
    );
    expect(scans).toHaveLength(1);
    expect(scans[0]!["Index Cond"]).toMatch(/ARRAY\[.*"createdAt"\)::date.*&&/);
    expect(scans[0]!["Actual Rows"]).toBe(600);
  });

  it("widens the window at the pace of the matches it found, to exactly the newest matches", async () => {
    const { matching, unbounded, windowed } = await largeNewsroom();
    await copiesAt(matching.id, timesBack(2, 20, HOUR / 2)); // 20 in the first window
    await copiesAt(matching.id, timesBack(DAY, 900, DAY / 30)); // then 30 a day for 30 days
    const { matches, since } = await windowed();
    const ids = matches.map((m) => m.id);
    expect(since).not.toBeNull();
    expect(since!.getTime()).toBeLessThan(NEWEST - 2 * DAY);
    expect(since!.getTime()).toBeGreaterThan(NEWEST - 30 * DAY);
    expect(ids).toEqual(await unbounded());
  });

  it("sizes the first window from the share of notes holding the words, and skips windows for a rare word", async () => {
    const { matching, word, scope, unbounded, windowed } = await largeNewsroom();
    await copiesAt(matching.id, timesBack(2, 600, 10 * 60_000)); // the last 100 hours
    await copiesAt(matching.id, timesBack(300 * DAY, 300, HOUR)); // most of a year ago
    const statistics = (share: number): TermStatistics => ({
      shares: new Map([[word, share]]),
      unlistedShare: 0,
      rows: 0,
    });
    // the newest 4,000 notes came one per 10 s: a word in 2% of notes needs 751.5 / (0.02 × 0.1/s) s ≈ 4.3 days
    const common = await windowed({}, statistics(0.02));
    expect(common.since).toEqual(new Date("2025-12-28T00:00:00Z"));
    expect(common.matches.map((m) => m.id)).toEqual(await unbounded());
    // a word in 0.05% of notes: ~3,200 expected in two years at that pace, one window of ~170 days
    const rarer = await windowed({}, statistics(0.0005));
    expect(rarer.since!.getTime()).toBeLessThan(NEWEST - 150 * DAY);
    expect(rarer.since!.getTime()).toBeGreaterThan(NEWEST - 200 * DAY);
    expect(rarer.matches.map((m) => m.id)).toEqual(await unbounded());
    // a word rarer than that (as one the statistics do not list) is expected in fewer notes than a window needs
    const rare = await newestAnnotationMatches(scope(), tsQuery(word), statistics(0.0001));
    expect(rare.since).toBeNull();
    expect(rare.matches.map((m) => m.id)).toEqual(await unbounded());
  });

  it("ends with the unbounded query when the windows stay short of the newest RANK_WINDOW matches", async () => {
    const { matching, unbounded, windowed } = await largeNewsroom();
    await copiesAt(matching.id, timesBack(2, 5, HOUR)); // few in the first window
    await copiesAt(matching.id, timesBack(DAY, 40, DAY / 4)); // a few more in the next ten days
    await copiesAt(matching.id, timesBack(200 * DAY, 600, HOUR)); // most of them long ago
    const { matches, since } = await windowed();
    const ids = matches.map((m) => m.id);
    expect(since).toBeNull();
    expect(ids).toHaveLength(RANK_WINDOW + 1);
    expect(ids).toEqual(await unbounded());
  });

  it("applies the filters in every window: a tag that only older matches carry", async () => {
    const { matching, tagged, unbounded, windowed } = await largeNewsroom();
    await copiesAt(matching.id, timesBack(2, 600, 60_000));
    await copiesAt(tagged.id, timesBack(3, 10, HOUR));
    await copiesAt(tagged.id, timesBack(DAY, 700, DAY / 40));
    const ids = (await windowed({ tag: "checked" })).matches.map((m) => m.id);
    expect(ids).toEqual(await unbounded(Prisma.sql`AND an.tags @> ARRAY['checked']`));
    expect(ids).toHaveLength(RANK_WINDOW + 1);
  });

  it("passes over a deleted article's notes in a window, to the newest live ones before it", async () => {
    const { actors, other, matching, onOther, unbounded, windowed } = await largeNewsroom();
    await copiesAt(onOther.id, timesBack(2, 300, 60_000));
    await copiesAt(matching.id, timesBack(HOUR, 400, 60_000));
    await copiesAt(matching.id, timesBack(DAY, 600, DAY / 40));
    await deleteArticle(actors.ADMIN, other.article.id);
    const ids = (await windowed()).matches.map((m) => m.id);
    expect(ids).toEqual(await unbounded());
    expect(ids).toHaveLength(RANK_WINDOW + 1);
  });

  it("gives the search page the newest matches ranked as before: best first, then newest", async () => {
    const { actors, matching, tagged, word, unbounded } = await largeNewsroom();
    await db.annotation.update({ where: { id: tagged.id }, data: { body: `${word} ${word} checked` } }); // ranks higher
    await copiesAt(tagged.id, timesBack(3, 5, DAY));
    await copiesAt(matching.id, timesBack(2, 20, HOUR / 2));
    await copiesAt(matching.id, timesBack(DAY, 900, DAY / 30));
    const results = await searchWorkspace(actors.EDITOR, parseSearchParams({ q: word, type: "annotations" }));
    expect(results.annotations).toMatchObject({ state: "shown", total: RANK_WINDOW, capped: true });
    const ranked = await db.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Annotation" WHERE id = ANY(${await unbounded()}::text[])
      ORDER BY ts_rank("searchVector", ${tsQuery(word)}) DESC, "createdAt" DESC, id LIMIT 20`;
    const hits = results.annotations.state === "shown" ? results.annotations.hits : [];
    expect(hits.map((h) => h.id)).toEqual(ranked.map((r) => r.id));
  });
});
