import { describe, expect, it } from "vitest";
import { distinctiveTerms } from "./candidates";

describe("distinctiveTerms: what suggestions look up in the indexes", () => {
  it("takes the words of names, figures as written and the longer words of quotes, never stop words", () => {
    const terms = distinctiveTerms("The Governor Maria Lopez said “the bridges stay closed” after 1,200 homes and 12.5% of roads flooded in Kyiv’s north.");
    expect(terms).toEqual(expect.arrayContaining(["Governor", "Maria", "Lopez", "Kyiv", "1,200", "12.5", "bridges", "closed"]));
    expect(terms).not.toContain("The");
    expect(terms).not.toContain("the");
  });

  it("falls back to content words when a text names nothing and holds no figure", () => {
    expect(distinctiveTerms("the bridge was closed for repairs")).toEqual(["bridge", "closed", "repairs"]);
  });

  it("writes no web-search operator a term could turn into an exclusion", () => {
    expect(distinctiveTerms("-Lopez and -12 said “-harmful”").every((t) => !t.startsWith("-"))).toBe(true);
  });
});
