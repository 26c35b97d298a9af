import { describe, expect, it } from "vitest";
import { mayBeOnPage, rankedPage, type RankedMatch } from "@/lib/search/search-sql";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 12, minute));
const match = (id: string, rank: number, minute: number): RankedMatch => ({ id, rank, createdAt: at(minute) });

describe("mayBeOnPage", () => {
  const matches = [
    match("a", 0.1, 1),
    match("b", 0.5, 2),
    match("c", 0.3, 3),
    match("d", 0.3, 3), // tied with c on rank and time: the ids' collation decides
    match("e", 0.3, 4),
    match("f", 0.2, 5),
  ];

  it("keeps the matches ranked up to the page's last one, best first then newest", () => {
    expect(mayBeOnPage(matches, { limit: 2, offset: 0 }).map((m) => m.id)).toEqual(["b", "e"]);
  });

  it("keeps every match tied with the page's last one by rank and time", () => {
    const ids = mayBeOnPage(matches, { limit: 3, offset: 0 }).map((m) => m.id);
    expect(ids.slice(0, 2)).toEqual(["b", "e"]);
    expect(ids.slice(2).sort()).toEqual(["c", "d"]);
  });

  it("keeps the pages before it, which the offset skips", () => {
    expect(mayBeOnPage(matches, { limit: 1, offset: 4 }).map((m) => m.id)).toHaveLength(5);
  });

  it("keeps them all when the page reaches past the last", () => {
    expect(mayBeOnPage(matches, { limit: 5, offset: 5 })).toHaveLength(6);
    expect(mayBeOnPage([], { limit: 5, offset: 0 })).toEqual([]);
  });
});

describe("rankedPage", () => {
  it("sends only those matches to PostgreSQL, with the page's limit and offset", () => {
    const many = Array.from({ length: 501 }, (_, i) => match(`m${i}`, i / 1000, i % 60));
    const sql = rankedPage(many, { limit: 5, offset: 0 });
    const [ids] = sql.values as string[][];
    expect(ids).toEqual(["m500", "m499", "m498", "m497", "m496"]);
    expect(sql.values.slice(-2)).toEqual([5, 0]);
  });
});
