import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, InvalidCursorError, keysetArgs, toPage, type KeysetOrder } from "@/lib/paging/keyset";

const NEWEST: KeysetOrder = { field: "createdAt", direction: "desc", type: "date" };
const TITLE: KeysetOrder = { field: "title", direction: "asc", type: "string" };

describe("keyset paging", () => {
  it("round-trips date and text positions through an opaque base64url cursor", () => {
    const at = { value: new Date("2024-05-01T10:00:00.123Z"), id: "ck1" };
    expect(decodeCursor(encodeCursor(at), "date")).toEqual(at);
    const titled = { value: "Ціни на хліб “зросли”", id: "ck2" };
    expect(encodeCursor(titled)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encodeCursor(titled), "string")).toEqual(titled);
  });

  it.each([
    ["empty", ""],
    ["not base64 JSON", "%%%"],
    ["numbers", Buffer.from("[1,2]").toString("base64url")],
    ["three parts", Buffer.from('["2024-01-01T00:00:00Z","a","b"]').toString("base64url")],
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
    expect(keysetArgs(TITLE, encodeCursor({ value: "M", id: "b" }), 5).where).toEqual({ title: { gte: "M" }, OR: [{ title: { gt: "M" } }, { id: { gt: "b" } }] });
    expect(keysetArgs(TITLE, undefined, 5)).toEqual({ where: {}, orderBy: [{ title: "asc" }, { id: "asc" }], take: 6 });
  });

  it("keeps a page of rows and points the next cursor at the last one kept", () => {
    const rows = ["c", "b", "a"].map((title, i) => ({ id: `r${i}`, title }));
    const page = toPage(rows, TITLE, 2, (r) => r.title);
    expect(page.items).toEqual(["c", "b"]);
    expect(decodeCursor(page.nextCursor!, "string")).toEqual({ value: "b", id: "r1" });
    expect(toPage(rows, TITLE, 3, (r) => r.title).nextCursor).toBeNull();
  });

  it("refuses to page over a row without a sort value (those rows must be filtered out)", () => {
    const rows = [{ id: "a", publishedAt: null }, { id: "b", publishedAt: null }];
    expect(() => toPage(rows, { field: "publishedAt", direction: "desc", type: "date" }, 1, (r) => r)).toThrow(/publishedAt/);
  });
});
