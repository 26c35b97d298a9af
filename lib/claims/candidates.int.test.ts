import { describe, expect, it } from "vitest";
import { findClaimSuggestions } from "@/lib/claims/find-claim-suggestions";
import { findArticleSuggestions } from "@/lib/articles/find-article-suggestions";
import { db } from "@/lib/db/client";
import { createArticle, createClaimRecord, createVerdictRecord, createWorkspaceWithMembers } from "@/prisma/factories";
import { claimPhrase } from "@/test/support/claim-phrase";
import { CANDIDATE_ARTICLES, candidateArticleIds, candidateClaimIds, RERANKED } from "./candidates";

/**
 * Suggestions reach the whole workspace through its indexes: the one article
 * (or claim) that matters is the OLDEST of many, beyond the caps the old
 * loaders read (500 articles in no defined order, the 1,000 latest claims).
 */

const FILLER_ARTICLES = 600;
const FILLER_CLAIMS = 1_100;

/** Many rows in a few statements (ids that sort before every cuid, as a loader ordered by id would read them first): the search triggers keep every article's search vector as the app's writes do. */
async function fillArticles(
  workspaceId: string,
  userId: string,
  count: number,
  text = (i: number) => `The council met for session ${i} and discussed road repairs.\n\nNo decision was taken.`,
  title = (i: number) => `Council notes ${i}`,
): Promise<void> {
  const ids = Array.from({ length: count }, (_, i) => `a${String(i).padStart(6, "0")}filler${workspaceId.slice(-12)}`);
  await db.article.createMany({
    data: ids.map((id, i) => ({
      id,
      workspaceId,
      title: title(i),
      createdById: userId,
      createdAt: new Date(Date.UTC(2026, 5, 1, 0, i)),
    })),
  });
  await db.articleVersion.createMany({
    data: ids.map((articleId, i) => ({
      workspaceId,
      articleId,
      number: 1,
      text: text(i),
      sha256: `f${i}`,
      createdById: userId,
    })),
  });
}

describe("suggestions retrieve candidates through indexes", () => {
  it(`a claim's suggestions find its appearances in the oldest and the newest of ${FILLER_ARTICLES + 3} articles`, async () => {
    const ws = await createWorkspaceWithMembers();
    // written after the others (a table read "in no defined order" returns it last) but dated first
    await fillArticles(ws.workspace.id, ws.actors.EDITOR.userId, FILLER_ARTICLES);
    const oldest = await createArticle(ws.actors.EDITOR, {
      text: "Maren flood.\n\nThe flooding along the Maren killed at least 12 people in Dovrek.",
    });
    await db.article.update({
      where: { id: oldest.article.id },
      data: { createdAt: new Date("2024-01-01T00:00:00Z"), updatedAt: new Date("2024-01-01T00:00:00Z") },
    });
    const text =
      "Flood report.\n\nAt least 12 people were killed when the Maren burst its banks near Dovrek, officials said.";
    const source = await createArticle(ws.actors.EDITOR, { text });
    const { claim } = await claimPhrase(
      ws.actors.EDITOR,
      source,
      "At least 12 people were killed",
      { statement: "At least 12 people were killed in the Maren flood" },
      { kind: "CLAIM" },
    );

    const newest = await createArticle(ws.actors.EDITOR, {
      text: "Update.\n\nIn Dovrek, the Maren killed at least 12 people, officials confirmed.",
    });

    const suggestions = await findClaimSuggestions(ws.actors.EDITOR, claim.id);
    expect(suggestions.map((s) => [s.articleId, s.sentence])).toEqual(
      expect.arrayContaining([
        [oldest.article.id, "The flooding along the Maren killed at least 12 people in Dovrek."],
        [newest.article.id, "In Dovrek, the Maren killed at least 12 people, officials confirmed."],
      ]),
    );
  });

  it(`the oldest of ${FILLER_ARTICLES + 1} articles naming the same river is found: it also holds the claim's figure`, async () => {
    const ws = await createWorkspaceWithMembers();
    const oldest = await createArticle(ws.actors.EDITOR, {
      text: "Maren flood.\n\nThe flooding along the Maren killed at least 12 people in Dovrek.",
    });
    await db.article.update({
      where: { id: oldest.article.id },
      data: { createdAt: new Date("2024-01-01T00:00:00Z"), updatedAt: new Date("2024-01-01T00:00:00Z") },
    });
    // newer, and more than the look-ups hand to ts_rank (RERANKED × CANDIDATE_ARTICLES): the river's name alone
    expect(FILLER_ARTICLES).toBeGreaterThan(RERANKED * CANDIDATE_ARTICLES);
    await fillArticles(
      ws.workspace.id,
      ws.actors.EDITOR.userId,
      FILLER_ARTICLES,
      () => "The Maren council met again and discussed the river, and the river, and the Maren banks.",
      () => "Maren council notes",
    );
    const text = "At least 12 people were killed when the Maren burst its banks.";

    expect((await candidateArticleIds(ws.workspace.id, text, [])).slice(0, 1)).toEqual([oldest.article.id]);
  });

  it(`an article's "already checked" finds the oldest of ${FILLER_CLAIMS + 1} claims`, async () => {
    const ws = await createWorkspaceWithMembers();
    const text = "Storm.\n\nGovernor Maria Lopez said 31 bridges on the Keld river were closed.";
    const first = await createArticle(ws.actors.EDITOR, { text: `${text}\n\nFirst report.` });
    const { claim } = await claimPhrase(
      ws.actors.EDITOR,
      first,
      "Governor Maria Lopez said 31 bridges on the Keld river were closed.",
      { statement: "Maria Lopez said 31 bridges on the Keld were closed", claimant: "Maria Lopez" },
      { kind: "CLAIM" },
    );
    await db.claim.update({
      where: { id: claim.id },
      data: { updatedAt: new Date("2024-01-01T00:00:00Z"), createdAt: new Date("2024-01-01T00:00:00Z") },
    });
    await db.claim.createMany({
      data: Array.from({ length: FILLER_CLAIMS }, (_, i) => ({
        workspaceId: ws.workspace.id,
        statement: `The council approved road repair plan number ${i}`,
        createdById: ws.actors.EDITOR.userId,
      })),
    });

    const later = await createArticle(ws.actors.EDITOR, { text });
    const suggestions = await findArticleSuggestions(ws.actors.EDITOR, later.article.id);
    expect(suggestions.items.find((s) => s.sentence.startsWith("Governor Maria Lopez"))?.claim).toMatchObject({
      id: claim.id,
    });
  });
});

/**
 * Issue 17 ("no silent caps"): the claims compared with an article were cut at
 * the limit and nothing said so. `capped` says when more claims match than are
 * kept, counting only those the look-up may return (checked ones, when asked).
 */
describe("candidateClaimIds says when more claims match than it keeps", () => {
  async function world() {
    const ws = await createWorkspaceWithMembers();
    const checked = async (statement: string) => {
      const { id } = await createClaimRecord(ws.actors.EDITOR, { statement });
      await createVerdictRecord(ws.actors.EDITOR, id, { status: "APPROVED" });
      return id;
    };
    // sharing four, three, then one of the text's names and figures: ranked in that order
    const best = await checked("Oksana Brevik said 83 ferries on the Tarnow were stopped");
    const second = await checked("Oksana Brevik inspected the Tarnow ferries");
    const third = await checked("The Tarnow flooded the lower town");
    // matches too, but has no approved verdict
    await createClaimRecord(ws.actors.EDITOR, { statement: "Brevik said the Tarnow ferries would sail again" });
    const look = (limit: number, checkedOnly: boolean) =>
      candidateClaimIds(
        ws.workspace.id,
        "Storm.\n\nGovernor Oksana Brevik said 83 ferries on the Tarnow river were stopped.",
        [],
        { limit, checkedOnly },
      );
    return { best, second, third, look };
  }

  it("checked claims: capped when more of them match than the limit, the best kept", async () => {
    const w = await world();
    expect(await w.look(2, true)).toEqual({ ids: [w.best, w.second], capped: true });
    // the fourth match is not checked: three checked claims fit a limit of three
    expect(await w.look(3, true)).toEqual({ ids: [w.best, w.second, w.third], capped: false });
    expect(await w.look(4, true)).toEqual({ ids: [w.best, w.second, w.third], capped: false });
  });

  it("every claim: the unchecked match counts too", async () => {
    const w = await world();
    const three = await w.look(3, false);
    expect(three).toMatchObject({ capped: true });
    expect(three.ids).toHaveLength(3);
    expect(three.ids[0]).toBe(w.best);
    expect(await w.look(4, false)).toMatchObject({ capped: false, ids: expect.arrayContaining([w.third]) });
  });

  it("a text with nothing to look up compares nothing and is not capped", async () => {
    const ws = await createWorkspaceWithMembers();
    expect(await candidateClaimIds(ws.workspace.id, "", [], { limit: 1 })).toEqual({ ids: [], capped: false });
  });
});
