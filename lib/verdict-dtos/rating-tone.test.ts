import { describe, expect, it } from "vitest";
import { ratingTone, tonesByLevel } from "./rating-tone";
import { DEFAULT_RATING_LEVELS } from "@/lib/workspaces/default-rating-scale";

describe("ratingTone", () => {
  it("spreads the default five-level scale over the five tones; levels outside the scale are unrated", () => {
    expect(DEFAULT_RATING_LEVELS.map((l) => [l.label, ratingTone(l.ordinal, 5)])).toEqual([
      ["Accurate", "true"],
      ["Mostly accurate", "mostly-true"],
      ["Mixed", "mixed"],
      ["Mostly inaccurate", "mostly-false"],
      ["False", "false"],
      ["Misleading", "unrated"],
      ["Unverifiable", "unrated"],
    ]);
  });

  it("keeps the ends of shorter and longer scales at the ends", () => {
    expect([1, 2, 3].map((o) => ratingTone(o, 3))).toEqual(["false", "mixed", "true"]);
    expect([1, 2].map((o) => ratingTone(o, 2))).toEqual(["false", "true"]);
    expect([1, 7].map((o) => ratingTone(o, 7))).toEqual(["false", "true"]);
    expect(ratingTone(1, 1)).toBe("true");
  });

  it("never lets False and Accurate share a tone", () => {
    for (let best = 2; best <= 9; best++) expect(ratingTone(1, best)).not.toBe(ratingTone(best, best));
  });

  it("tonesByLevel reads the scale's best ordinal from its levels", () => {
    const tones = tonesByLevel([
      { id: "a", ordinal: 3 },
      { id: "b", ordinal: 1 },
      { id: "c", ordinal: null },
    ]);
    expect([...tones]).toEqual([
      ["a", "true"],
      ["b", "false"],
      ["c", "unrated"],
    ]);
  });
});
