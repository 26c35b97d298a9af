import { describe, expect, it } from "vitest";
import { BadRequestError } from "@/lib/api/http/api-errors";
import { clientCopyIsCurrent, entityTagOf, ifMatchHolds, parseEntityTagCondition } from "@/lib/api/http/etag";

describe("entityTagOf", () => {
  it("is the same through any address of the site: its own absolute links are hashed without the origin", () => {
    const at = (origin: string) => ({
      id: `${origin}/api/v1/annotations/a1`,
      target: { source: "https://news.example/story" },
    });
    expect(entityTagOf(at("http://10.0.0.1:3000"), "http://10.0.0.1:3000")).toBe(
      entityTagOf(at("http://10.0.0.2:3000"), "http://10.0.0.2:3000"),
    );
    // another site's links are content: they still count
    expect(entityTagOf(at("http://10.0.0.1:3000"), "http://10.0.0.1:3000")).not.toBe(
      entityTagOf(
        { ...at("http://10.0.0.1:3000"), target: { source: "https://news.example/other" } },
        "http://10.0.0.1:3000",
      ),
    );
  });

  it("is a strong tag that follows the whole representation, nested parts included, not the order of keys", () => {
    const claim = { id: "c1", statement: "12 killed", appearances: [{ id: "a1", note: null }] };
    const tag = entityTagOf(claim);
    expect(tag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(entityTagOf({ appearances: [{ note: null, id: "a1" }], statement: "12 killed", id: "c1" })).toBe(tag);
    expect(entityTagOf({ ...claim, appearances: [{ id: "a1", note: "differs" }] })).not.toBe(tag);
    expect(entityTagOf({ ...claim, appearances: [] })).not.toBe(tag);
    expect(entityTagOf({ ...claim, statement: "13 killed" })).not.toBe(tag);
  });
});

describe("conditional headers", () => {
  const current = entityTagOf({ id: "x" });

  it("If-Match holds for *, or a strong tag equal to the current one (one of a list)", () => {
    expect(ifMatchHolds(parseEntityTagCondition("*", "If-Match")!, current)).toBe(true);
    expect(ifMatchHolds(parseEntityTagCondition(current, "If-Match")!, current)).toBe(true);
    expect(ifMatchHolds(parseEntityTagCondition(`"old", ${current}`, "If-Match")!, current)).toBe(true);
    expect(ifMatchHolds(parseEntityTagCondition('"old"', "If-Match")!, current)).toBe(false);
    // RFC 9110: If-Match compares strongly, a weak tag never matches
    expect(ifMatchHolds(parseEntityTagCondition(`W/${current}`, "If-Match")!, current)).toBe(false);
  });

  it("If-None-Match compares weakly", () => {
    expect(clientCopyIsCurrent(parseEntityTagCondition(`W/${current}`, "If-None-Match")!, current)).toBe(true);
    expect(clientCopyIsCurrent(parseEntityTagCondition('"old"', "If-None-Match")!, current)).toBe(false);
    expect(clientCopyIsCurrent(parseEntityTagCondition("*", "If-None-Match")!, current)).toBe(true);
  });

  it("no header is no condition; a malformed one is the request's fault (400)", () => {
    expect(parseEntityTagCondition(null, "If-Match")).toBeNull();
    for (const bad of ["yesterday", "3", '"unterminated', ",", '"a" "b"'])
      expect(() => parseEntityTagCondition(bad, "If-Match"), bad).toThrow(BadRequestError);
  });
});
