import { describe, expect, it } from "vitest";
import {
  decodeCursor,
  encodeCursor,
  InvalidCursorError,
  keysetArgs,
  toPage,
  type KeysetOrder,
} from "@/lib/paging/keyset";

const NEWEST: KeysetOrder = { field: "createdAt", direction: "desc", type: "date" };
const TITLE: KeysetOrder = { field: "title", direction: "asc", type: "string" };

describe("keyset paging", () => {
  it("round-trips date and text positions through an opaque base64url cursor", () => {
    const at = { value: new Date("2024-05-01T10:00:00.123Z"), id: "ck1" };
    expect(decodeCursor(encodeCursor(at), "date")).toEqual({ ...at, reading: "after" });
    const titled = { value: "Ціни на хліб “зросли”", id: "ck2" };
    expect(encodeCursor(titled)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encodeCursor(titled), "string")).toEqual({ ...titled, reading: "after" });
  });

  it("carries the reading direction in the cursor, and still reads cursors issued before it did", () => {
    const at = { value: new Date("2024-05-01T10:00:00.123Z"), id: "ck1" };
    expect(decodeCursor(encodeCursor({ ...at, reading: "before" }), "date")).toEqual({ ...at, reading: "before" });
    expect(decodeCursor(encodeCursor({ ...at, reading: "after" }), "date")).toEqual({ ...at, reading: "after" });
    expect(encodeCursor({ ...at, reading: "after" })).toBe(
      Buffer.from(JSON.stringify([at.value.toISOString(), "ck1"])).toString("base64url"),
    );
    const titled = { value: "M", id: "ck2", reading: "before" } as const;
    expect(decodeCursor(encodeCursor(titled), "string")).toEqual(titled);
  });

  it.each([
    ["empty", ""],
    ["not base64 JSON", "%%%"],
    ["numbers", Buffer.from("[1,2]").toString("base64url")],
    ["three parts", Buffer.from('["2024-01-01T00:00:00Z","a","b"]').toString("base64url")],
    ["a direction that is not a string", Buffer.from('["2024-01-01T00:00:00.000Z","a",1]').toString("base64url")],
    ["four parts", Buffer.from('["2024-01-01T00:00:00.000Z","a","before","before"]').toString("base64url")],
    ["a backward cursor without a date", Buffer.from('["not a date","x","before"]').toString("base64url")],
    ["an empty id", Buffer.from('["2024-01-01T00:00:00Z",""]').toString("base64url")],
    ["no date", Buffer.from('["not a date","x"]').toString("base64url")],
    ["text that Date would read as a year", Buffer.from('["Article 002","x"]').toString("base64url")],
    ["overlong", "A".repeat(2_001)],
  ])("refuses a forged cursor (%s)", (_, cursor) => {
    expect(() => decodeCursor(cursor, "date")).toThrow(InvalidCursorError);
  });

  it("starts the range at the cursor (column <= value) and breaks ties on id, in the sort's direction", () => {
    const at = new Date("2024-01-02T00:00:00Z");
    expect(keysetArgs(NEWEST, encodeCursor({ value: at, id: "b" }), 10)).toEqual({
      where: { createdAt: { lte: at }, OR: [{ createdAt: { lt: at } }, { id: { lt: "b" } }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 11,
    });
    expect(keysetArgs(TITLE, encodeCursor({ value: "M", id: "b" }), 5).where).toEqual({
      title: { gte: "M" },
      OR: [{ title: { gt: "M" } }, { id: { gt: "b" } }],
    });
    expect(keysetArgs(TITLE, undefined, 5)).toEqual({ where: {}, orderBy: [{ title: "asc" }, { id: "asc" }], take: 6 });
  });

  it("reads the page before a cursor with the comparisons and the order flipped", () => {
    const at = new Date("2024-01-02T00:00:00Z");
    expect(keysetArgs(NEWEST, encodeCursor({ value: at, id: "b", reading: "before" }), 10)).toEqual({
      where: { createdAt: { gte: at }, OR: [{ createdAt: { gt: at } }, { id: { gt: "b" } }] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 11,
    });
    expect(keysetArgs(TITLE, encodeCursor({ value: "M", id: "b", reading: "before" }), 5)).toEqual({
      where: { title: { lte: "M" }, OR: [{ title: { lt: "M" } }, { id: { lt: "b" } }] },
      orderBy: [{ title: "desc" }, { id: "desc" }],
      take: 6,
    });
  });

  it("refuses a malformed cursor before reading or cutting a page", () => {
    expect(() => keysetArgs(NEWEST, "%%%", 10)).toThrow(InvalidCursorError);
    expect(() => keysetArgs(TITLE, Buffer.from('["M","b","backwards"]').toString("base64url"), 10)).toThrow(
      InvalidCursorError,
    );
    expect(() => toPage([], NEWEST, { cursor: "%%%", pageSize: 10 }, (r) => r)).toThrow(InvalidCursorError);
  });

  it("keeps a page of rows and points the next cursor at the last one kept", () => {
    const rows = ["c", "b", "a"].map((title, i) => ({ id: `r${i}`, title }));
    const page = toPage(rows, TITLE, { pageSize: 2 }, (r) => r.title);
    expect(page.items).toEqual(["c", "b"]);
    expect(decodeCursor(page.nextCursor!, "string")).toEqual({ value: "b", id: "r1", reading: "after" });
    expect(page.previousCursor).toBeNull();
    expect(toPage(rows, TITLE, { pageSize: 3 }, (r) => r.title).nextCursor).toBeNull();
  });

  it("refuses to page over a row without a sort value (those rows must be filtered out)", () => {
    const rows = [
      { id: "a", publishedAt: null },
      { id: "b", publishedAt: null },
    ];
    expect(() =>
      toPage(rows, { field: "publishedAt", direction: "desc", type: "date" }, { pageSize: 1 }, (r) => r),
    ).toThrow(/publishedAt/);
  });

  describe("forwards and back over a list with ties on the sort column", () => {
    // 23 rows, newest first; rows come in runs of 4 with the same createdAt, so id breaks most ties
    const rows = Array.from({ length: 23 }, (_, i) => ({
      id: `r${String(i).padStart(2, "0")}`,
      createdAt: new Date(Date.UTC(2024, 0, 1) + Math.floor(i / 4) * 60_000),
    }));
    const compare = (a: (typeof rows)[number], b: (typeof rows)[number]) =>
      a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const PAGE = 5;

    /** What PostgreSQL would answer to keysetArgs' where/orderBy/take, evaluated over the rows in memory. */
    function read(cursor: string | undefined) {
      const args = keysetArgs<Record<string, never>, Record<string, "asc" | "desc">>(NEWEST, cursor, PAGE);
      const at = cursor === undefined ? null : decodeCursor(cursor, "date");
      const ascending = args.orderBy[0]!.createdAt === "asc";
      const matching = rows.filter((r) => {
        if (!at) return true;
        const c = compare(r, { id: at.id, createdAt: at.value as Date });
        return ascending ? c > 0 : c < 0;
      });
      const ordered = [...matching].sort((a, b) => (ascending ? compare(a, b) : compare(b, a))).slice(0, args.take);
      return toPage(ordered, NEWEST, { cursor, pageSize: PAGE }, (r) => r.id);
    }

    const newestFirst = [...rows].sort((a, b) => compare(b, a)).map((r) => r.id);
    const pageOf = (n: number) => newestFirst.slice((n - 1) * PAGE, n * PAGE);

    it("goes forward three pages and back two, showing each page's rows exactly", () => {
      const page1 = read(undefined);
      expect(page1.items).toEqual(pageOf(1));
      expect(page1.previousCursor).toBeNull();
      const page2 = read(page1.nextCursor!);
      const page3 = read(page2.nextCursor!);
      expect(page2.items).toEqual(pageOf(2));
      expect(page3.items).toEqual(pageOf(3));

      const back2 = read(page3.previousCursor!);
      expect(back2.items).toEqual(pageOf(2));
      expect(back2.previousCursor).not.toBeNull();
      expect(read(back2.nextCursor!).items).toEqual(pageOf(3));

      const back1 = read(back2.previousCursor!);
      expect(back1.items).toEqual(pageOf(1));
      expect(back1.previousCursor).toBeNull();
      expect(read(back1.nextCursor!).items).toEqual(pageOf(2));
    });

    it("reaches the short last page and comes back from it to full pages", () => {
      let page = read(undefined);
      const seen = [...page.items];
      while (page.nextCursor) {
        page = read(page.nextCursor);
        seen.push(...page.items);
      }
      expect(seen).toEqual(newestFirst);
      expect(page.items).toEqual(newestFirst.slice(20));
      const before = read(page.previousCursor!);
      expect(before.items).toEqual(pageOf(4));
      expect(before.nextCursor && read(before.nextCursor).items).toEqual(newestFirst.slice(20));
    });

    it("has no previous page when the list fits on its first page", () => {
      const short = toPage(rows.slice(0, 3), NEWEST, { pageSize: PAGE }, (r) => r.id);
      expect(short).toEqual({ items: ["r00", "r01", "r02"], nextCursor: null, previousCursor: null });
    });

    it("makes a page read back to the start the first page, even a short one (rows gone since): no previous cursor, nothing repeated", () => {
      const fourth = rows.find((r) => r.id === newestFirst[3])!;
      const page = read(encodeCursor({ value: fourth.createdAt, id: fourth.id, reading: "before" }));
      expect(page.items).toEqual(newestFirst.slice(0, 3));
      expect(page.previousCursor).toBeNull();
      expect(read(page.nextCursor!).items).toEqual(newestFirst.slice(3, 3 + PAGE));
    });
  });
});
