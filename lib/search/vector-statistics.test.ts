import { describe, expect, it } from "vitest";
import { queryShare, type TermStatistics } from "@/lib/search/vector-statistics";

describe("queryShare", () => {
  const statistics: TermStatistics = {
    shares: new Map([
      ["fire", 0.05],
      ["bridg", 0.02],
      ["mayor's", 0.01],
    ]),
    unlistedShare: 0.0005,
    rows: 1_000_000,
  };

  it("is the rarest word's share for words that must all match, a phrase as well", () => {
    expect(queryShare("'fire' & 'bridg'", statistics)).toBe(0.02);
    expect(queryShare("'fire' <-> 'bridg'", statistics)).toBe(0.02);
  });

  it("counts a word the statistics do not list as rarer than every listed one", () => {
    expect(queryShare("'fire' & 'zelenko'", statistics)).toBe(0.0005);
  });

  it("adds the shares of alternatives, at most every row", () => {
    expect(queryShare("'fire' | 'bridg'", statistics)).toBeCloseTo(0.07);
    expect(
      queryShare(
        "'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire' | 'fire'",
        statistics,
      ),
    ).toBe(1);
  });

  it("leaves out excluded words and reads quoted apostrophes", () => {
    expect(queryShare("'bridg' & !'fire'", statistics)).toBe(0.02);
    expect(queryShare("'mayor''s'", statistics)).toBe(0.01);
  });

  it("knows nothing without statistics or without a word to look for", () => {
    expect(queryShare("'fire'", { shares: new Map(), unlistedShare: 0, rows: 0 })).toBeNull();
    expect(queryShare("!'fire'", statistics)).toBeNull();
  });
});
