import { describe, expect, it } from "vitest";
import { estimatedRows, tellingTerms } from "./common-terms";
import type { TermStatistics } from "@/lib/search/vector-statistics";

const statistics = (rows: number, shares: Record<string, number>, unlistedShare = 0.0005): TermStatistics => ({
  shares: new Map(Object.entries(shares)),
  unlistedShare,
  rows,
});

describe("tellingTerms", () => {
  const common = statistics(1_000, { kyiv: 0.3, ukrain: 0.2, anoth: 0.6 });

  it("leaves out terms made only of common lexemes, keeps those with a rarer one", () => {
    const terms = [
      { term: "Kyiv", lexemes: ["kyiv"] },
      { term: "Marenburg", lexemes: ["marenburg"] },
      { term: "Another", lexemes: ["anoth"] },
      { term: "Kyiv-Marenburg", lexemes: ["kyiv", "marenburg"] },
    ];
    expect(tellingTerms(terms, common)).toEqual(["Marenburg", "Kyiv-Marenburg"]);
  });

  it("keeps every term when all are common, and drops stop words (no lexeme) otherwise", () => {
    expect(
      tellingTerms(
        [
          { term: "Kyiv", lexemes: ["kyiv"] },
          { term: "Ukraine", lexemes: ["ukrain"] },
        ],
        common,
      ),
    ).toEqual(["Kyiv", "Ukraine"]);
    expect(
      tellingTerms(
        [
          { term: "the", lexemes: [] },
          { term: "Dalsk", lexemes: ["dalsk"] },
        ],
        common,
      ),
    ).toEqual(["Dalsk"]);
  });

  it("takes the rarest terms while their estimated matches fit the budget, in their original order", () => {
    // 50,000 rows: "govern" 3% = 1,500 rows, "never" 2% = 1,000, "water" 1% = 500; unlisted names 0.05% = 25 each
    const large = statistics(50_000, { govern: 0.03, never: 0.02, water: 0.01 });
    const terms = ["government", "Osolski", "never", "water", "Gengenmir", "837"].map((term) => ({
      term,
      lexemes: [term.toLowerCase().replace("government", "govern")],
    }));
    expect(tellingTerms(terms, large, 1_000)).toEqual(["Osolski", "water", "Gengenmir", "837"]);
    // a small table matches few rows whatever the terms: all of them fit
    expect(tellingTerms(terms, statistics(500, { govern: 0.03, never: 0.02, water: 0.01 }), 1_000)).toHaveLength(6);
  });

  it("keeps the two rarest terms even when they alone pass the budget", () => {
    const terms = ["alpha", "beta", "gamma"].map((term) => ({ term, lexemes: [term] }));
    expect(tellingTerms(terms, statistics(1_000_000, { alpha: 0.01, beta: 0.02, gamma: 0.03 }), 100)).toEqual([
      "alpha",
      "beta",
    ]);
  });

  it("without statistics keeps every term with a lexeme", () => {
    const none = statistics(0, {}, 0);
    expect(
      tellingTerms(
        [
          { term: "Kyiv", lexemes: ["kyiv"] },
          { term: "a", lexemes: [] },
        ],
        none,
      ),
    ).toEqual(["Kyiv"]);
  });

  it("estimates the rows the kept terms match together, each by its rarest lexeme", () => {
    const large = statistics(50_000, { govern: 0.03, water: 0.01 }, 0.0005);
    const terms = [
      { term: "government", lexemes: ["govern"] },
      { term: "water", lexemes: ["water"] },
      { term: "Osolski-water", lexemes: ["osolski", "water"] },
      { term: "the", lexemes: [] },
    ];
    expect(estimatedRows(terms, ["government", "water", "Osolski-water", "the"], large)).toBeCloseTo(1_500 + 500 + 25);
    expect(estimatedRows(terms, ["water"], large)).toBeCloseTo(500);
    expect(estimatedRows(terms, [], large)).toBe(0);
    // terms in most rows overlap: together they match at most the table
    const small = statistics(500, { govern: 0.7, water: 0.6 });
    expect(estimatedRows(terms, ["government", "water"], small)).toBe(500);
  });
});
