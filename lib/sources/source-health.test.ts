import { describe, expect, it } from "vitest";
import { decideHealth } from "./source-health";

const PRESERVED = "a".repeat(64);

describe("decideHealth", () => {
  it("no answer at all is DEAD", () => {
    expect(decideHealth(PRESERVED, { status: null, contentHash: null })).toBe("DEAD");
  });

  it.each([400, 404, 410, 451, 500, 503])("status %i is DEAD, whatever it served", (status) => {
    expect(decideHealth(PRESERVED, { status, contentHash: PRESERVED })).toBe("DEAD");
  });

  it("the same readable text is LIVE", () => {
    expect(decideHealth(PRESERVED, { status: 200, contentHash: PRESERVED })).toBe("LIVE");
  });

  it("other readable text is CHANGED", () => {
    expect(decideHealth(PRESERVED, { status: 200, contentHash: "b".repeat(64) })).toBe("CHANGED");
  });

  it("a 3xx that was not followed to an end still answers: not dead", () => {
    expect(decideHealth(PRESERVED, { status: 304, contentHash: null })).toBe("LIVE");
  });

  it("a source dead at citation (no preserved copy) that answers now is LIVE, not CHANGED", () => {
    expect(decideHealth(null, { status: 200, contentHash: "b".repeat(64) })).toBe("LIVE");
  });
});
