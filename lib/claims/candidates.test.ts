import { describe, expect, it } from "vitest";
import { distinctiveTerms, properNames } from "./candidates";

describe("distinctiveTerms: what suggestions look up in the indexes", () => {
  it("takes the words of names, figures as written and the longer words of quotes, never stop words", () => {
    const terms = distinctiveTerms(
      "The Governor Maria Lopez said “the bridges stay closed” after 1,200 homes and 12.5% of roads flooded in Kyiv’s north.",
    );
    expect(terms).toEqual(
      expect.arrayContaining(["Governor", "Maria", "Lopez", "Kyiv", "1,200", "12.5", "bridges", "closed"]),
    );
    expect(terms).not.toContain("The");
    expect(terms).not.toContain("the");
  });

  it("leaves out what most articles hold: weekdays, months, single digits", () => {
    const terms = distinctiveTerms("On Monday 3 April, Mayor Irena Dalsk said 40 homes were lost in Marenburg.");
    expect(terms).toEqual(expect.arrayContaining(["Mayor", "Irena", "Dalsk", "Marenburg", "40"]));
    expect(terms).not.toEqual(expect.arrayContaining(["Monday"]));
    expect(terms).not.toContain("April");
    expect(terms).not.toContain("3");
  });

  it("falls back to content words when a text names nothing and holds no figure", () => {
    expect(distinctiveTerms("the bridge was closed for repairs")).toEqual(["bridge", "closed", "repairs"]);
  });

  it("writes no web-search operator a term could turn into an exclusion", () => {
    expect(distinctiveTerms("-Lopez and -12 said “-harmful”").every((t) => !t.startsWith("-"))).toBe(true);
  });
});

describe("properNames: the names a same-metric look-up requires together", () => {
  it("are a sentence's names, without its first word, stop words or weekdays", () => {
    expect(properNames("Nine people were killed in the overnight strike on Kyiv, the channel claimed.")).toEqual([
      "Kyiv",
    ]);
    expect(properNames("Mayor Irena Dalsk declared two days of mourning on Friday.")).toEqual(["Irena", "Dalsk"]);
    expect(properNames("“The Kyiv strike killed 19,” said Mayor Klitschko.")).toEqual(["Kyiv", "Mayor", "Klitschko"]);
    expect(properNames("Another 39 people were treated at the city hospital.")).toEqual([]);
  });
});
