import { describe, expect, it } from "vitest";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { db } from "@/lib/db/client";
import { findArticles } from "@/lib/articles/find-articles";
import { ARTICLES_PAGE_SIZE, type ArticleListQuery } from "@/lib/articles/article-list-query";
import { InvalidCursorError } from "@/lib/paging/keyset";
import { walkPages } from "@/test/support/walk-pages";
import type { Actor } from "@/lib/policy/actor";

const ORIGIN = Date.parse("2025-03-01T08:00:00Z");
/** small pages, so that every group of equal sort values (three each) is split between two pages */
const PAGE = 2;

/** 23 live articles in shuffled title order, three imported in the same millisecond, three with the same title, half with a publication date; one deleted. */
async function world() {
  const ws = await createWorkspaceWithMembers();
  const order = [7, 19, 3, 22, 11, 1, 15, 9, 20, 5, 13, 2, 17, 8, 23, 4, 12, 21, 6, 16, 10, 18, 14];
  const made: { id: string; title: string; outlet: string; createdAt: Date; publishedAt: Date | null }[] = [];
  for (const [i, n] of order.entries()) {
    const title = `Article ${String(n === 14 || n === 15 ? 13 : n).padStart(3, "0")}`;
    const outlet = n % 3 === 0 ? "Kyiv Post" : "The Test Gazette";
    const publishedAt = n % 2 === 0 ? new Date(ORIGIN - n * 3_600_000) : null;
    const createdAt = new Date(ORIGIN + (i < 3 ? 0 : i) * 60_000);
    const { article } = await createArticle(ws.actors.EDITOR, { title, outlet, publishedAt });
    await db.article.update({ where: { id: article.id }, data: { createdAt } });
    made.push({ id: article.id, title, outlet, createdAt, publishedAt });
  }
  await createArticle(ws.actors.EDITOR, { title: "Article 000 deleted", deletedAt: new Date() });
  return { ws, made };
}

type Row = Awaited<ReturnType<typeof world>>["made"][number];
const compare = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const EXPECTED: Record<ArticleListQuery["sort"], (rows: Row[]) => Row[]> = {
  imported: (rows) =>
    [...rows].sort((a, b) => compare(b.createdAt.getTime(), a.createdAt.getTime()) || compare(b.id, a.id)),
  published: (rows) =>
    rows
      .filter((r) => r.publishedAt)
      .sort((a, b) => compare(b.publishedAt!.getTime(), a.publishedAt!.getTime()) || compare(b.id, a.id)),
  title: (rows) => [...rows].sort((a, b) => compare(a.title, b.title) || compare(a.id, b.id)),
};

const walk = (actor: Actor, query: Partial<ArticleListQuery>) =>
  walkPages((cursor) => findArticles(actor, { ...query, cursor, pageSize: PAGE }));

describe("the article list pages", () => {
  it.each(["imported", "published", "title"] as const)(
    "visits every article exactly once, in order, sorted by %s",
    async (sort) => {
      const { ws, made } = await world();
      const { items, pages } = await walk(ws.actors.VIEWER, { sort });
      const expected = EXPECTED[sort](made);
      expect(items.map((a) => a.id)).toEqual(expected.map((r) => r.id));
      expect(pages).toBe(Math.ceil(expected.length / PAGE));
    },
  );

  it("keeps the title and outlet filters on every page", async () => {
    const { ws, made } = await world();
    const { items } = await walk(ws.actors.VIEWER, { sort: "title", q: "article 01", outlet: "kyiv" });
    const expected = EXPECTED.title(made).filter((r) => r.title.startsWith("Article 01") && r.outlet === "Kyiv Post");
    expect(expected.length).toBeGreaterThan(1);
    expect(items.map((a) => a.title)).toEqual(expected.map((r) => r.title));
  });

  it("shows 50 a page by default and says whether more follow", async () => {
    const ws = await createWorkspaceWithMembers();
    for (let i = 0; i < ARTICLES_PAGE_SIZE + 1; i++) await createArticle(ws.actors.EDITOR);
    const first = await findArticles(ws.actors.VIEWER);
    expect(first.items).toHaveLength(ARTICLES_PAGE_SIZE);
    const second = await findArticles(ws.actors.VIEWER, { cursor: first.nextCursor! });
    expect(second).toMatchObject({ items: [expect.anything()], nextCursor: null });
  });

  it("never shows another workspace's articles, even with that workspace's cursor", async () => {
    const { ws, made } = await world();
    const outsider = await createWorkspaceWithMembers();
    const theirs = await createArticle(outsider.actors.EDITOR, { title: "Article 010" });
    await db.article.update({ where: { id: theirs.article.id }, data: { createdAt: new Date(ORIGIN - 86_400_000) } });
    const ours = (await walk(ws.actors.ADMIN, {})).items.map((a) => a.id);
    expect(ours).not.toContain(theirs.article.id);
    const foreignCursor = (await findArticles(ws.actors.ADMIN, { pageSize: 2 })).nextCursor!;
    // the cursor only moves the window: the outsider still sees their own workspace, and nothing of ours
    const seen = await findArticles(outsider.actors.ADMIN, { cursor: foreignCursor });
    expect(seen.items.map((a) => a.id)).toEqual([theirs.article.id]);
    expect(made.length).toBeGreaterThan(2);
  });

  it("refuses a forged cursor, or one from another sort, as invalid input", async () => {
    const { ws } = await world();
    await expect(findArticles(ws.actors.VIEWER, { cursor: "forged" })).rejects.toThrow(InvalidCursorError);
    const titleCursor = (await findArticles(ws.actors.VIEWER, { sort: "title", pageSize: 2 })).nextCursor!;
    await expect(findArticles(ws.actors.VIEWER, { sort: "imported", cursor: titleCursor })).rejects.toThrow(
      InvalidCursorError,
    );
  });
});
