import { describe, expect, it } from "vitest";
import { findIndefiniteCounts } from "./find-indefinite-counts";

describe("findIndefiniteCounts", () => {
  it.each([
    ["dozens of people", "dozens of", 24],
    ["killed dozens", "dozens", 24],
    ["scores of homes", "scores of", 40],
    ["hundreds of residents", "hundreds of", 200],
    ["thousands fled", "thousands", 2000],
    ["tens of thousands of voters", "tens of thousands of", 20_000],
    ["hundreds of thousands of people", "hundreds of thousands of", 200_000],
    ["millions of dollars", "millions of", 2_000_000],
  ])("%s", (text, written, value) => {
    expect(findIndefiniteCounts(text)).toEqual([
      { start: text.indexOf(written), end: text.indexOf(written) + written.length, value, text: written },
    ]);
  });

  it.each(["the scores were level", "dozensof", "hundredsfold"])("not a count: %s", (text) => {
    expect(findIndefiniteCounts(text)).toEqual([]);
  });
});
