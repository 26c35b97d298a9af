import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, MalformedCursorError, PageQuerySchema, toPage } from "@/lib/paging/newest-first";

describe("cursor pagination", () => {
  it("round-trips a cursor, which is opaque base64url", () => {
    const key = { createdAt: new Date("2024-05-01T10:00:00.123Z"), id: "ck123" };
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(key);
  });

  it.each([
    "",
    "%%%",
    Buffer.from("[1,2]").toString("base64url"),
    Buffer.from('["not a date","x"]').toString("base64url"),
    Buffer.from('["2024-01-01T00:00:00Z",""]').toString("base64url"),
  ])("refuses the forged cursor %j as malformed (400 in the API)", (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(MalformedCursorError);
  });

  it("keeps `limit` rows and makes the next cursor from the last one kept", () => {
    const rows = [3, 2, 1].map((n) => ({ createdAt: new Date(n * 1000), id: `r${n}` }));
    const query = PageQuerySchema.parse({ limit: "2" });
    const page = toPage(rows, query, (r) => r.id);
    expect(page.items).toEqual(["r3", "r2"]);
    expect(decodeCursor(page.nextCursor!)).toEqual({ createdAt: new Date(2000), id: "r2" });
    expect(toPage(rows.slice(0, 2), query, (r) => r.id).nextCursor).toBeNull();
  });

  it("limits page sizes to 1..100 with 25 by default", () => {
    expect(PageQuerySchema.parse({}).limit).toBe(25);
    expect(PageQuerySchema.safeParse({ limit: "101" }).success).toBe(false);
    expect(PageQuerySchema.safeParse({ limit: "0" }).success).toBe(false);
  });
});
