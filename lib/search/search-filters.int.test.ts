/**
 * Search filters and who sees what: each filter on each result type, the
 * viewer who must not see (or filter by) unapproved verdicts, and two
 * workspaces with the same words, whose searches never return each other's rows.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { findSearchFilterOptions } from "@/lib/search/find-search-filter-options";
import { createArticle } from "@/prisma/factories";
import { bracketed, createNewsroom, idsOf, shown } from "@/test/support/search-newsroom";
import type { SearchResultsDto } from "@/lib/search/search-workspace";

const ALL = "strike OR drone OR killed OR injured OR parliament OR toll OR police";

const fieldErrorsOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error("expected the search to be refused");
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(InvalidInputError);
      return (error as InvalidInputError).fieldErrors;
    },
  );

describe("search filters", () => {
  it("verdict rating: claims with that rating, and the notes that are their appearances; articles are hidden", async () => {
    const { actors, notes, claims, search } = await createNewsroom();
    const results = await search(actors.EDITOR, { q: ALL, rating: "ACCURATE" });
    expect(idsOf(results)).toEqual({ articles: [], annotations: [notes.killed.id], claims: [claims.accurate.id] });
    expect(results.articles).toEqual({
      state: "filtered-out",
      reason: expect.stringContaining("Articles have no verdict"),
    });
    expect(idsOf(await search(actors.EDITOR, { q: ALL, rating: "FALSE_CLAIM" })).claims).toEqual([
      claims.falseClaim.id,
    ]);
    expect(idsOf(await search(actors.EDITOR, { q: ALL, rating: "MIXED" })).claims).toEqual([]);
  });

  it("review state, alone and with a rating", async () => {
    const { actors, notes, claims, search } = await createNewsroom();
    expect(idsOf(await search(actors.EDITOR, { q: ALL, status: "DRAFT" }))).toMatchObject({
      annotations: [notes.injured.id],
      claims: [claims.falseClaim.id],
    });
    expect(idsOf(await search(actors.EDITOR, { q: ALL, status: "APPROVED", rating: "ACCURATE" })).claims).toEqual([
      claims.accurate.id,
    ]);
    expect(idsOf(await search(actors.EDITOR, { q: ALL, status: "APPROVED", rating: "FALSE_CLAIM" })).claims).toEqual(
      [],
    );
  });

  it("author: who wrote the note or claim, or added the article", async () => {
    const { actors, articles, notes, search } = await createNewsroom();
    const byReviewer = idsOf(await search(actors.EDITOR, { q: ALL, author: actors.REVIEWER.userId }));
    expect(byReviewer).toEqual({ articles: [articles.drone.article.id], annotations: [notes.injured.id], claims: [] });
    expect(idsOf(await search(actors.EDITOR, { q: "toll", author: actors.ADMIN.userId })).annotations).toEqual([
      notes.tollQuote.id,
    ]);
  });

  it("tag: notes with the tag and the claims they mark; articles are hidden", async () => {
    const { actors, notes, claims, search } = await createNewsroom();
    const results = await search(actors.EDITOR, { q: ALL, tag: "Casualties" });
    expect(idsOf(results)).toEqual({ articles: [], annotations: [notes.killed.id], claims: [claims.accurate.id] });
    expect(results.articles.state).toBe("filtered-out");
  });

  it("outlet, in any case: articles from it, notes on them, claims appearing in them", async () => {
    const { actors, articles, notes, claims, search } = await createNewsroom();
    expect(idsOf(await search(actors.EDITOR, { q: ALL, outlet: "harbour TIMES" }))).toEqual({
      articles: [articles.drone.article.id],
      annotations: [notes.injured.id],
      claims: [claims.falseClaim.id],
    });
  });

  it("date range: article published date, note written, claim date (else creation)", async () => {
    const { actors, articles, notes, claims, search } = await createNewsroom();
    expect(
      idsOf(await search(actors.EDITOR, { q: ALL, from: "2024-06-10", to: "2024-06-10", type: "articles" })).articles,
    ).toEqual([articles.drone.article.id]);
    expect(idsOf(await search(actors.EDITOR, { q: ALL, to: "2024-03-05", type: "articles" })).articles.sort()).toEqual(
      [articles.strike.article.id, articles.budget.article.id].sort(),
    );
    const today = new Date().toISOString().slice(0, 10);
    const recent = idsOf(await search(actors.EDITOR, { q: ALL, from: today }));
    expect(recent.annotations.sort()).toEqual([notes.killed.id, notes.tollQuote.id, notes.injured.id].sort());
    expect(recent.claims.sort()).toEqual([claims.accurate.id, claims.falseClaim.id].sort());
    expect(idsOf(await search(actors.EDITOR, { q: ALL, to: "2020-01-01" }))).toEqual({
      articles: [],
      annotations: [],
      claims: [],
    });
  });

  it("anchor state: notes only; claims and articles are hidden", async () => {
    const { actors, notes, search } = await createNewsroom();
    await db.annotation.update({ where: { id: notes.injured.id }, data: { anchorState: "ORPHANED" } });
    const results = await search(actors.EDITOR, { q: ALL, anchor: "ORPHANED" });
    expect(idsOf(results).annotations).toEqual([notes.injured.id]);
    expect(shown(results.annotations).hits[0]).toMatchObject({ anchorState: "ORPHANED" });
    expect([results.articles.state, results.claims.state]).toEqual(["filtered-out", "filtered-out"]);
  });

  it("refuses a rating or author that this workspace does not have", async () => {
    const { actors, search } = await createNewsroom();
    const other = await createNewsroom();
    expect(
      await fieldErrorsOf(
        search(actors.EDITOR, { q: "strike", rating: "PANTS_ON_FIRE", author: other.actors.EDITOR.userId }),
      ),
    ).toEqual({
      rating: ["Choose a rating from the list."],
      author: ["Choose an author from the list."],
    });
  });
});

describe("search and unapproved verdicts", () => {
  it("a viewer sees only approved verdicts on claims", async () => {
    const { actors, claims, search } = await createNewsroom();
    const hits = shown((await search(actors.VIEWER, { q: ALL, type: "claims" })).claims).hits;
    expect(hits.find((h) => h.id === claims.accurate.id)?.verdicts).toEqual([
      { status: "APPROVED", ratingLabel: "Accurate" },
    ]);
    expect(hits.find((h) => h.id === claims.falseClaim.id)?.verdicts).toEqual([]);
  });

  it("a viewer cannot find claims by the rating of an unapproved verdict, nor filter by unapproved states", async () => {
    const { actors, claims, search } = await createNewsroom();
    expect(idsOf(await search(actors.VIEWER, { q: ALL, rating: "FALSE_CLAIM" }))).toEqual({
      articles: [],
      annotations: [],
      claims: [],
    });
    expect(idsOf(await search(actors.VIEWER, { q: ALL, rating: "ACCURATE" })).claims).toEqual([claims.accurate.id]);
    expect(await fieldErrorsOf(search(actors.VIEWER, { q: ALL, status: "DRAFT" }))).toEqual({
      status: ["Your role sees approved verdicts only."],
    });
    expect(idsOf(await search(actors.VIEWER, { q: ALL, status: "APPROVED" })).claims).toEqual([claims.accurate.id]);
  });
});

describe("search is limited to the actor's workspace", () => {
  /** Every id in the results, of every type. */
  const everyId = (results: SearchResultsDto) => Object.values(idsOf(results)).flat();

  it("two workspaces with the same words never see each other's articles, notes or claims", async () => {
    const [a, b] = await Promise.all([createNewsroom(), createNewsroom()]);
    const rowsOf = async (workspaceId: string) => {
      const [articles, annotations, claims] = await Promise.all([
        db.article.findMany({ where: { workspaceId }, select: { id: true } }),
        db.annotation.findMany({ where: { workspaceId }, select: { id: true } }),
        db.claim.findMany({ where: { workspaceId }, select: { id: true } }),
      ]);
      return new Set([...articles, ...annotations, ...claims].map((r) => r.id));
    };
    const [ownA, ownB] = await Promise.all([rowsOf(a.workspace.id), rowsOf(b.workspace.id)]);
    const searches: Record<string, string>[] = [
      { q: ALL },
      { q: "Zelensky OR Zelenskiy" },
      { q: "Zelenskiy", type: "claims" },
      { q: ALL, type: "annotations" },
      { q: ALL, rating: "ACCURATE" },
      { q: ALL, status: "APPROVED", outlet: "Kyiv Courier" },
      { q: ALL, tag: "casualties" },
      { q: ALL, anchor: "EXACT" },
      { q: b.marker },
    ];
    for (const params of searches) {
      for (const role of ["VIEWER", "EDITOR", "ADMIN"] as const) {
        const ids = everyId(await a.search(a.actors[role], params));
        expect(
          ids.filter((id) => !ownA.has(id)),
          `${role} ${JSON.stringify(params)}`,
        ).toEqual([]);
        if (params.q === ALL && role === "EDITOR" && !params.tag && !params.rating && !params.status && !params.anchor)
          expect(ids.length).toBeGreaterThan(0);
      }
      expect(everyId(await b.search(b.actors.EDITOR, params)).filter((id) => !ownB.has(id))).toEqual([]);
    }
    expect(everyId(await a.search(a.actors.EDITOR, { q: b.marker }))).toEqual([]);
    expect(idsOf(await b.search(b.actors.EDITOR, { q: b.marker })).articles).toEqual([b.articles.strike.article.id]);
  });

  it("a member of one workspace cannot use another's member as an author filter to probe it", async () => {
    const [a, b] = await Promise.all([createNewsroom(), createNewsroom()]);
    expect(await fieldErrorsOf(a.search(a.actors.EDITOR, { q: ALL, author: b.actors.EDITOR.userId }))).toEqual({
      author: ["Choose an author from the list."],
    });
  });

  it("snippets come from the actor's own rows", async () => {
    const [a, b] = await Promise.all([createNewsroom(), createNewsroom()]);
    const titles = shown((await a.search(a.actors.EDITOR, { q: "missile", type: "articles" })).articles).hits.map((h) =>
      bracketed(h.title),
    );
    expect(titles).toEqual([`[Missile] strike on Kyïv kills 12 ${a.marker}`]);
    expect(titles.join()).not.toContain(b.marker);
  });
});

describe("findSearchFilterOptions", () => {
  it("offers this workspace's ratings, members and outlets, and to viewers the approved state only", async () => {
    const [a, b] = await Promise.all([createNewsroom(), createNewsroom()]);
    await createArticle(b.actors.EDITOR, { outlet: "Other Desk Gazette" });
    const forEditor = await findSearchFilterOptions(a.actors.EDITOR);
    expect(forEditor.outlets).toEqual(["Harbour Times", "Kyiv Courier", "Northern Post"]);
    expect(forEditor.ratings.map((r) => r.key)).toContain("ACCURATE");
    expect(forEditor.authors.map((m) => m.id).sort()).toEqual(
      Object.values(a.actors)
        .map((actor) => actor.userId)
        .sort(),
    );
    expect(forEditor.statuses).toEqual(["DRAFT", "SUBMITTED", "APPROVED", "REJECTED", "CHANGES_REQUESTED"]);
    expect((await findSearchFilterOptions(a.actors.VIEWER)).statuses).toEqual(["APPROVED"]);
  });
});
