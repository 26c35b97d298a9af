import { describe, expect, it } from "vitest";
import { changedHardTokens, hardTokens, isHardToken } from "./hard-tokens";
import { wordDiff } from "./word-diff";

describe("hard tokens", () => {
  it("finds figures, units, qualifiers, casualty words and names", () => {
    expect(hardTokens("Officials said at least 12 dead and about 3.5 km of road in Kharkiv")).toEqual([
      "Officials",
      "least",
      "12",
      "dead",
      "about",
      "3.5",
      "km",
      "Kharkiv",
    ]);
  });

  it("treats unit symbols and negations as hard", () => {
    expect(["%", "$", "€", "not", "never", "killed", "Nearly", "2014"].every(isHardToken)).toBe(true);
    expect(["the", "road", ",", " "].some(isHardToken)).toBe(false);
  });

  it("reports what a diff changed among them", () => {
    expect(changedHardTokens(wordDiff("at least 12 dead", "at least 19 killed"))).toEqual({
      removed: ["12", "dead"],
      added: ["19", "killed"],
    });
    expect(changedHardTokens(wordDiff("the road was closed", "the street was closed"))).toEqual({
      removed: [],
      added: [],
    });
  });

  it("does not report a name that only moved within the quote", () => {
    const parts = wordDiff("Lopez said the road is closed", "the road is closed, Lopez said");
    expect(changedHardTokens(parts)).toEqual({ removed: [], added: [] });
  });
});
