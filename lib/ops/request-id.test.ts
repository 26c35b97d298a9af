import { describe, expect, it } from "vitest";
import { isAcceptableRequestId, requestIdFor } from "@/lib/ops/request-id";

describe("request ids", () => {
  it.each(["a", "3f2a9c1e-0b7d-4c55-9f7e-1f6c2d0a8b11", "lb:1.2.3_x-y", "A".repeat(128)])(
    "keeps a plain upstream id: %s",
    (id) => {
      expect(isAcceptableRequestId(id)).toBe(true);
      expect(requestIdFor(id)).toBe(id);
    },
  );

  it.each([
    ["empty", ""],
    ["too long", "A".repeat(129)],
    ["a space (a header sent twice is joined by a comma and a space)", "abc, def"],
    ["a line break (log injection)", "abc\ninjected"],
    ["markup", "<script>"],
    ["non-ASCII", "ä"],
    ["a slash", "a/b"],
  ])("replaces an id with %s", (_what, id) => {
    expect(isAcceptableRequestId(id)).toBe(false);
    expect(requestIdFor(id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("makes a fresh id when there is none, a different one each time", () => {
    expect(requestIdFor(undefined)).not.toBe(requestIdFor(undefined));
    expect(isAcceptableRequestId(requestIdFor(null))).toBe(true);
    expect(isAcceptableRequestId(requestIdFor(["a", "b"]))).toBe(true);
  });
});
