import { describe, expect, it } from "vitest";
import { trigramText, websearchClauses, websearchTerms } from "@/lib/search/websearch-terms";

describe("websearchTerms", () => {
  it.each([
    ["plain words", "strike Kyiv", ["strike", "Kyiv"], []],
    ["a phrase", '"at least 12" killed', ["at least 12", "killed"], []],
    ["OR between alternatives (any case)", "ceasefire OR truce or armistice", ["ceasefire", "truce", "armistice"], []],
    ["an excluded word", "missile -drone", ["missile"], ["drone"]],
    ["an excluded phrase", 'strike -"power plant"', ["strike"], ["power plant"]],
    ["an unclosed quote", '"at least 12', ["at least 12"], []],
    ["hyphenated and accented words", "e-mail Kyïv", ["e-mail", "Kyïv"], []],
    ["punctuation around words", "(Zelensky), said!", ["Zelensky", "said"], []],
    ["only punctuation", "!!! ...", [], []],
    ["a lone minus", "strike - drone", ["strike", "drone"], []],
  ])("reads %s", (_, query, include, exclude) => {
    expect(websearchTerms(query)).toEqual({ include, exclude });
  });
});

describe("trigramText", () => {
  it("is what the query looks for, without operators or exclusions", () => {
    expect(trigramText(websearchTerms('Zelenksy OR "peace deal" -Putin'))).toBe("Zelenksy peace deal");
  });

  it("is empty when the query only excludes", () => {
    expect(trigramText(websearchTerms("-drone"))).toBe("");
  });
});

describe("websearchClauses", () => {
  const read = (query: string) =>
    websearchClauses(query).map((c) =>
      c.alternatives.map((a) => `${a.negated ? "-" : ""}${a.phrase ? `"${a.text}"` : a.text}`).join(" | "),
    );

  it("makes every term a required clause, and joins OR alternatives into one", () => {
    expect(read("strike Kyiv")).toEqual(["strike", "Kyiv"]);
    expect(read("90 OR 190 killed")).toEqual(["90 | 190", "killed"]);
    expect(read('"at least 12" OR dozen -drone')).toEqual(['"at least 12" | dozen', "-drone"]);
  });

  it("keeps numbers as typed and skips what holds no word", () => {
    expect(read("1,200 evacuated")).toEqual(["1,200", "evacuated"]);
    expect(read("OR strike OR - !!!")).toEqual(["strike"]);
  });
});
