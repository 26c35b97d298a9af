/**
 * Search against a real database: what matches (title and latest text, quote
 * and note, statement and claimant), web-search syntax, accents, ranking,
 * snippets that stay text, deleted rows, typo-tolerant claim look-up, and input
 * that is refused with a message rather than an error.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { importArticleVersion } from "@/lib/articles/import-article-version";
import { updateArticleMetadata } from "@/lib/articles/update-article-metadata";
import { deleteArticle } from "@/lib/articles/delete-article";
import { HIT_END, HIT_START } from "@/lib/search/snippet";
import { annotate, bracketed, createNewsroom, DRONE_TEXT, idsOf, shown } from "@/test/support/search-newsroom";

describe("searchWorkspace: articles", () => {
  it("finds title and text matches, title matches first, with the hits marked", async () => {
    const { actors, articles, search } = await createNewsroom();
    const results = await search(actors.EDITOR, { q: "strike" });
    const { hits, total } = shown(results.articles);
    expect(total).toBe(2);
    expect(hits.map((h) => h.id)).toEqual([articles.strike.article.id, articles.drone.article.id]);
    expect(bracketed(hits[0]!.title)).toMatch(/^Missile \[strike\] on Kyïv kills 12/);
    expect(bracketed(hits[1]!.snippet)).toContain("The [strike] damaged grain silos");
    expect(hits[1]).toMatchObject({ outlet: "Harbour Times", versionNumber: 1 });
  });

  it("ignores accents both ways: Kyiv finds Kyïv and Kyïv finds Kyiv", async () => {
    const { actors, articles, search } = await createNewsroom();
    const plain = shown((await search(actors.EDITOR, { q: "Kyiv", type: "articles" })).articles).hits;
    expect(plain.map((h) => h.id)).toEqual([articles.strike.article.id, articles.budget.article.id]);
    expect(bracketed(plain[0]!.title)).toContain("[Kyïv]");
    const accented = shown((await search(actors.EDITOR, { q: "Kyïv", type: "articles" })).articles).hits;
    expect(accented.map((h) => h.id)).toEqual(plain.map((h) => h.id));
  });

  it("reads web-search syntax: phrases, OR, exclusions", async () => {
    const { actors, articles, search } = await createNewsroom();
    const { strike, drone, budget } = articles;
    const articleIds = async (q: string) => idsOf(await search(actors.EDITOR, { q, type: "articles" })).articles.sort();
    expect(await articleIds('"people were killed"')).toEqual([strike.article.id]);
    expect(await articleIds('"killed were people"')).toEqual([]);
    expect(await articleIds("killed OR injured")).toEqual([strike.article.id, drone.article.id].sort());
    expect(await articleIds("strike -drone")).toEqual([strike.article.id]);
    expect(await articleIds("budget vote")).toEqual([budget.article.id]);
  });

  it("searches the latest version only: text a new version removed no longer matches", async () => {
    const { actors, articles, search } = await createNewsroom();
    await importArticleVersion(
      actors.EDITOR,
      articles.drone.article.id,
      DRONE_TEXT.replace("grain silos", "fuel depots"),
    );
    expect(idsOf(await search(actors.EDITOR, { q: "silos" })).articles).toEqual([]);
    const hit = shown((await search(actors.EDITOR, { q: "depots" })).articles).hits[0];
    expect(hit).toMatchObject({ id: articles.drone.article.id, versionNumber: 2 });
    expect(bracketed(hit!.snippet)).toContain("[depots]");
  });

  it("follows a title change", async () => {
    const { actors, articles, search } = await createNewsroom();
    await updateArticleMetadata(actors.EDITOR, articles.budget.article.id, {
      title: "Parliament walkout over spending",
      outlet: "Northern Post",
      author: null,
      url: null,
      publishedAt: null,
      language: "en",
    });
    expect(idsOf(await search(actors.EDITOR, { q: "spending" })).articles).toEqual([articles.budget.article.id]);
    expect(idsOf(await search(actors.EDITOR, { q: "delayed" })).articles).toEqual([articles.budget.article.id]); // still in the text
    expect(idsOf(await search(actors.EDITOR, { q: '"budget vote delayed"' })).articles).toEqual([]);
  });

  it("leaves deleted articles out, with their notes", async () => {
    const { actors, articles, notes, search } = await createNewsroom();
    await deleteArticle(actors.ADMIN, articles.budget.article.id);
    const results = await search(actors.EDITOR, { q: "walkout OR parliament" });
    expect(idsOf(results).articles).toEqual([]);
    expect(idsOf(results).annotations).not.toContain(notes.walkout.id);
  });
});

describe("searchWorkspace: annotations", () => {
  it("finds notes by quote and by note, a hit in the note ranking above one in the quote", async () => {
    const { actors, notes, search } = await createNewsroom();
    const { hits } = shown((await search(actors.EDITOR, { q: "toll" })).annotations);
    expect(hits.map((h) => h.id)).toEqual([notes.killed.id, notes.tollQuote.id]);
    expect(bracketed(hits[0]!.note)).toBe("Check the [toll] against the city statement.");
    expect(bracketed(hits[1]!.quote)).toBe("The [toll] rose overnight.");
    expect(hits[0]).toMatchObject({
      articleTitle: expect.stringContaining("Missile strike"),
      kind: "CLAIM",
      tags: ["casualties"],
      anchorState: "EXACT",
    });
  });

  it("leaves deleted notes out", async () => {
    const { actors, notes, search } = await createNewsroom();
    expect(idsOf(await search(actors.EDITOR, { q: "mayor" })).annotations).toEqual([notes.mayor.id]);
    await deleteAnnotation(actors.EDITOR, { annotationId: notes.mayor.id });
    expect(idsOf(await search(actors.EDITOR, { q: "mayor" })).annotations).toEqual([]);
  });

  it("keeps user text as text: markup and fake highlight markers in a note come back as plain parts", async () => {
    const { actors, articles, search } = await createNewsroom();
    const body = `<script>alert("x")</script> <b>loot</b> ${HIT_START}fake${HIT_END} &amp; quagmire`;
    const note = await annotate(actors.EDITOR, articles.drone, "A drone hit the port", body);
    const hit = shown((await search(actors.EDITOR, { q: "quagmire" })).annotations).hits.find((h) => h.id === note.id)!;
    expect(bracketed(hit.note)).toBe(`<script>alert("x")</script> <b>loot</b> fake &amp; [quagmire]`);
    expect(hit.note.filter((p) => p.hit).map((p) => p.text)).toEqual(["quagmire"]);
  });

  it("pages through results", async () => {
    const { actors, articles, search } = await createNewsroom();
    for (let i = 0; i < 23; i++)
      await annotate(actors.EDITOR, articles.budget, "Parliament delayed", `paging note ${i}`);
    const first = await search(actors.EDITOR, { q: "paging", type: "annotations" });
    const third = await search(actors.EDITOR, { q: "paging", type: "annotations", page: "2" });
    expect(shown(first.annotations)).toMatchObject({ total: 23 });
    expect(shown(first.annotations).hits).toHaveLength(20);
    expect(shown(third.annotations).hits).toHaveLength(3);
    expect(new Set([...idsOf(first).annotations, ...idsOf(third).annotations]).size).toBe(23);
    expect(first.articles).toEqual({ state: "not-asked" });
  });
});

describe("searchWorkspace: claims", () => {
  it("finds claims by statement and by claimant", async () => {
    const { actors, claims, search } = await createNewsroom();
    expect(idsOf(await search(actors.EDITOR, { q: "Zelensky" })).claims).toEqual([claims.accurate.id]);
    const { hits } = shown((await search(actors.EDITOR, { q: "injured", type: "claims" })).claims);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({
      id: claims.falseClaim.id,
      similar: false,
      appearances: 1,
      verdicts: [{ status: "DRAFT", ratingLabel: "False" }],
    });
    expect(bracketed(hits[0]!.statement)).toBe("19 people were [injured] in the Odesa drone attack");
  });

  it("finds a claim despite a misspelt claimant (trigram look-up), marked as similar wording", async () => {
    const { actors, claims, search } = await createNewsroom();
    for (const typo of ["Zelenksiy", "Zelensy", "Volodymir Zelensky"]) {
      const { hits } = shown((await search(actors.EDITOR, { q: typo, type: "claims" })).claims);
      expect(
        hits.map((h) => [h.id, h.similar]),
        typo,
      ).toEqual([[claims.accurate.id, true]]);
    }
    // a known spelling variant (lib/search/fold-names.ts) is no typo: found by the words themselves
    expect(
      shown((await search(actors.EDITOR, { q: "Zelenskiy", type: "claims" })).claims).hits.map((h) => [
        h.id,
        h.similar,
      ]),
    ).toEqual([[claims.accurate.id, false]]);
    expect(idsOf(await search(actors.EDITOR, { q: "Zelenksiy -Kyiv", type: "claims" })).claims).toEqual([]);
    expect(idsOf(await search(actors.EDITOR, { q: "Zelenskiy -Kiev", type: "claims" })).claims).toEqual([]);
    expect(idsOf(await search(actors.EDITOR, { q: "Zebrafish", type: "claims" })).claims).toEqual([]);
  });

  it("leaves deleted claims out, also from the look-up", async () => {
    const { actors, claims, search } = await createNewsroom();
    await db.claim.update({ where: { id: claims.accurate.id }, data: { deletedAt: new Date() } });
    expect(idsOf(await search(actors.EDITOR, { q: "Zelensky" })).claims).toEqual([]);
    expect(idsOf(await search(actors.EDITOR, { q: "Zelenskiy" })).claims).toEqual([]);
  });
});

describe("searchWorkspace: input", () => {
  it.each([
    ["only punctuation", "!!! ... ???", "The search has no words in it, only punctuation or symbols."],
    [
      "only exclusions",
      "-drone -missile",
      "Add a word to look for: a search of only excluded words (-word) would list everything else.",
    ],
    [
      "an alternative that is only an exclusion",
      "strike OR -drone",
      "Add a word to look for: a search of only excluded words (-word) would list everything else.",
    ],
  ])("refuses %s with a message on the query", async (_, q, message) => {
    const { actors, search } = await createNewsroom();
    const error = await search(actors.EDITOR, { q }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).fieldErrors.q).toEqual([message]);
  });

  it.each([
    '"unclosed quote strike',
    "strike & | ! :* () <-> \\ '",
    "OR OR strike OR",
    "strike:*A",
    '\'; DROP TABLE "Article"; -- strike',
    "strike \u{1F4A5} 👩🏽‍⚕️",
    "\\x00 %s %n ${strike}",
  ])("answers odd syntax with results or a message, never an error: %s", async (q) => {
    const { actors, search } = await createNewsroom();
    const outcome = await search(actors.EDITOR, { q }).then(
      (results) => results.type,
      (error: unknown) => (error instanceof InvalidInputError ? "refused" : error),
    );
    expect(["all", "refused"]).toContain(outcome);
  });

  it("still finds what odd syntax asks for", async () => {
    const { actors, articles, search } = await createNewsroom();
    for (const q of ['"strike', "strike & | ! :* () <-> \\", "strike -"]) {
      expect(idsOf(await search(actors.EDITOR, { q, type: "articles" })).articles, q).toContain(
        articles.strike.article.id,
      );
    }
  });
});
