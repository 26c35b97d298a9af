/**
 * The candidate look-ups leave out terms most rows hold, as PostgreSQL's own
 * statistics of the searchVector column say (common-terms.ts): after ANALYZE,
 * a word in most articles no longer brings them all in as candidates.
 */
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { createArticle, createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";
import { CANDIDATE_ARTICLES, candidateArticleIds, distinctiveTerms, RANK_ALL_UP_TO } from "./candidates";
import { COMMON_SHARE, commonLexemes, termLookup } from "./common-terms";
import { forgetTermStatistics } from "@/lib/search/vector-statistics";

afterEach(forgetTermStatistics);

describe("common terms", () => {
  it("a word in more than 5% of all articles is left out of the look-up; the rarer name still finds its article", async () => {
    const ws = await createWorkspaceWithMembers();
    const everywhere = `Zorvathine${uniqueSuffix().replace(/[^a-z]/gi, "")}`.toLowerCase();
    const target = await createArticle(ws.actors.EDITOR, {
      text: `Mayor Irena Dalskovic of ${everywhere} said the bridge will reopen.\n\nMore later.`,
    });
    // enough articles holding the common word to pass COMMON_SHARE of the whole table, whatever other tests put there
    const total = await db.article.count();
    const needed = Math.ceil((total * 2 * COMMON_SHARE) / (1 - 2 * COMMON_SHARE)) + 50;
    await db.$executeRaw`
      INSERT INTO "Article" (id, "workspaceId", title, "createdById", "updatedAt")
      SELECT 'common-' || n || '-' || ${ws.workspace.id}, ${ws.workspace.id}, ${everywhere} || ' report ' || n, ${ws.actors.EDITOR.userId}, now()
        FROM generate_series(1, ${needed}::int) AS n`;
    await db.$executeRawUnsafe(`ANALYZE "Article"`);

    const stemmed = await db.$queryRaw<{ lexemes: string[] }[]>`
      SELECT tsvector_to_array(to_tsvector('factdesk_search'::regconfig, ${everywhere})) AS lexemes`;
    expect((await commonLexemes("Article")).has(stemmed[0]!.lexemes[0]!)).toBe(true);
    // before the statistics the common word alone brought in every one of those articles (up to the limit)
    expect(
      await candidateArticleIds(
        ws.workspace.id,
        `Officials in ${everywhere[0]!.toUpperCase()}${everywhere.slice(1)} and Irena Dalskovic spoke.`,
        [],
      ),
    ).toEqual([target.article.id]);
  });

  it("a text of common words only ranks a bounded number of the newest matches, and finds the newest article stating it", async () => {
    const ws = await createWorkspaceWithMembers();
    const word = () => `Quorvel${uniqueSuffix().replace(/[^a-z]/gi, "")}`.toLowerCase();
    const [first, second] = [word(), word()];
    // both words in more articles than COMMON_SHARE of the table and, together, than RANK_ALL_UP_TO
    const total = await db.article.count();
    const needed = Math.max(Math.ceil((total * 2 * COMMON_SHARE) / (1 - 2 * COMMON_SHARE)) + 50, RANK_ALL_UP_TO + 1);
    await db.$executeRaw`
      INSERT INTO "Article" (id, "workspaceId", title, "createdById", "createdAt", "updatedAt")
      SELECT 'both-' || n || '-' || ${ws.workspace.id}, ${ws.workspace.id}, ${first} || ' and ' || ${second} || ' ' || n,
             ${ws.actors.EDITOR.userId}, now() - interval '1 day', now()
        FROM generate_series(1, ${needed}::int) AS n`;
    await db.$executeRawUnsafe(`ANALYZE "Article"`);
    const capitalised = (w: string) => `${w[0]!.toUpperCase()}${w.slice(1)}`;
    const text = `${capitalised(first)} met ${capitalised(second)}; ${capitalised(first)} and ${capitalised(second)} agreed.`;
    const newest = await createArticle(ws.actors.EDITOR, {
      title: `${capitalised(first)} and ${capitalised(second)}`,
      text,
    });

    expect((await termLookup("Article", distinctiveTerms(text))).estimatedRows).toBeGreaterThan(RANK_ALL_UP_TO);
    const candidates = await candidateArticleIds(ws.workspace.id, text, []);
    expect(candidates).toHaveLength(CANDIDATE_ARTICLES);
    expect(candidates[0]).toBe(newest.article.id);
  });

  it("a text of common words only still finds an old article that holds every one of them", async () => {
    const ws = await createWorkspaceWithMembers();
    const word = () => `Quorvel${uniqueSuffix().replace(/[^a-z]/gi, "")}`.toLowerCase();
    const [first, second] = [word(), word()];
    const capitalised = (w: string) => `${w[0]!.toUpperCase()}${w.slice(1)}`;
    const text = `${capitalised(first)} met ${capitalised(second)}; ${capitalised(first)} and ${capitalised(second)} agreed.`;
    const old = await createArticle(ws.actors.EDITOR, {
      title: `${capitalised(first)} and ${capitalised(second)}`,
      text,
    });
    await db.article.update({ where: { id: old.article.id }, data: { createdAt: new Date("2020-01-01T00:00:00Z") } });
    // then, newer, many articles holding one of the words each: each word common, together past RANK_ALL_UP_TO
    const total = await db.article.count();
    const needed = Math.max(Math.ceil((total * 2 * COMMON_SHARE) / (1 - 2 * COMMON_SHARE)) + 50, RANK_ALL_UP_TO + 1);
    for (const [label, one] of [
      ["first", first],
      ["second", second],
    ] as const)
      await db.$executeRaw`
        INSERT INTO "Article" (id, "workspaceId", title, "createdById", "createdAt", "updatedAt")
        SELECT ${label} || '-' || n || '-' || ${ws.workspace.id}, ${ws.workspace.id}, ${one} || ' alone ' || n,
               ${ws.actors.EDITOR.userId}, now() - interval '1 day', now()
          FROM generate_series(1, ${needed}::int) AS n`;
    await db.$executeRawUnsafe(`ANALYZE "Article"`);

    expect((await termLookup("Article", distinctiveTerms(text))).estimatedRows).toBeGreaterThan(RANK_ALL_UP_TO);
    const candidates = await candidateArticleIds(ws.workspace.id, text, []);
    expect(candidates[0]).toBe(old.article.id);
  });
});
