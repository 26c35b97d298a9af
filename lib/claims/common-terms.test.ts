import { describe, expect, it } from "vitest";
import { withoutCommonTerms } from "./common-terms";

describe("withoutCommonTerms", () => {
  const common = new Set(["kyiv", "ukrain", "anoth"]);

  it("leaves out terms made only of common lexemes, keeps those with a rarer one", () => {
    const terms = [
      { term: "Kyiv", lexemes: ["kyiv"] },
      { term: "Marenburg", lexemes: ["marenburg"] },
      { term: "Another", lexemes: ["anoth"] },
      { term: "Kyiv-Marenburg", lexemes: ["kyiv", "marenburg"] },
    ];
    expect(withoutCommonTerms(terms, common)).toEqual(["Marenburg", "Kyiv-Marenburg"]);
  });

  it("keeps every term when all are common, and drops stop words (no lexeme) otherwise", () => {
    expect(
      withoutCommonTerms(
        [
          { term: "Kyiv", lexemes: ["kyiv"] },
          { term: "Ukraine", lexemes: ["ukrain"] },
        ],
        common,
      ),
    ).toEqual(["Kyiv", "Ukraine"]);
    expect(
      withoutCommonTerms(
        [
          { term: "the", lexemes: [] },
          { term: "Dalsk", lexemes: ["dalsk"] },
        ],
        common,
      ),
    ).toEqual(["Dalsk"]);
  });
});
