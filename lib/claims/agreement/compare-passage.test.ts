import { describe, expect, it } from "vitest";
import { extractPassage, type PassageExtraction } from "@/lib/claims/extract/extract-passage";
import {
  claimFigures,
  comparePassageWithClaim,
  describeFigure,
  passageStatesClaim,
  type ClaimContent,
} from "./compare-passage";

const passage = (text: string): PassageExtraction =>
  extractPassage({ text, start: 0, end: text.length }, { publishedAt: null });
const claim = (more: Partial<ClaimContent>): ClaimContent => ({
  statement: "",
  claimant: null,
  metric: null,
  valueLow: null,
  valueHigh: null,
  qualifier: null,
  unit: null,
  quote: null,
  ...more,
});
const kinds = (c: ClaimContent, text: string) => comparePassageWithClaim(c, passage(text)).map((d) => d.kind);

describe("comparePassageWithClaim: quotes", () => {
  const quoteClaim = claim({
    claimant: "Vos",
    statement: "Vos: the bridge to Kiev will reopen in May",
    quote: "The bridge to Kiev will reopen in May",
  });

  it("flags an altered quote, with a word diff from the claim's words to the passage's", () => {
    const [difference, ...rest] = comparePassageWithClaim(
      quoteClaim,
      passage("“The bridge to Kyiv will reopen in June,” Vos said."),
    );
    expect(rest).toEqual([]);
    expect(difference).toMatchObject({
      kind: "ALTERED_QUOTE",
      claimQuote: "The bridge to Kiev will reopen in May",
      passageQuote: "The bridge to Kyiv will reopen in June",
    });
    expect(difference!.kind === "ALTERED_QUOTE" && difference!.diff.filter((p) => p.type !== "equal")).toEqual([
      { type: "delete", text: "Kiev" },
      { type: "insert", text: "Kyiv" },
      { type: "delete", text: "May" },
      { type: "insert", text: "June" },
    ]);
  });

  it.each([
    [
      "the same words, other case, punctuation and spelling (Kiev → Kyiv)",
      "“THE BRIDGE TO KYIV WILL REOPEN, IN MAY!” Vos said.",
    ],
    ["an excerpt of the quote", "Vos said the bridge “will reopen in May”."],
    [
      "a cut of the quote by the selection, overlapping the claim's words",
      "“will reopen in May and the ferry stops,” Vos said.",
    ],
    ["an unrelated quote (another statement)", "“Taxes will not rise,” Vos said."],
    ["no quote at all", "The bridge reopened."],
  ])("does not flag %s", (_name, text) => {
    const extraction = passage(text);
    // The third case is a selection that cuts the quotation: mark it partial as the extractor would.
    const quotes = _name.startsWith("a cut")
      ? extraction.quotes.map((q) => ({ ...q, partial: true }))
      : extraction.quotes;
    expect(comparePassageWithClaim(quoteClaim, { ...extraction, quotes })).toEqual([]);
  });

  it("does not flag when one of the passage's quotes states the claim's words", () => {
    expect(
      kinds(
        quoteClaim,
        "“The bridge to Kiev will reopen in May,” Vos said. “The bridge to Kiev will reopen in June,” he added.",
      ),
    ).toEqual([]);
    expect(
      kinds(quoteClaim, "Vos said it “will reopen in May”. “The bridge to Kiev will reopen in June,” he added later."),
    ).toEqual([]);
  });

  it("a claim without a quote compares no quotes", () => {
    expect(kinds(claim({ statement: "The bridge will reopen" }), "“The bridge will not reopen,” Vos said.")).toEqual(
      [],
    );
  });
});

describe("comparePassageWithClaim: figures", () => {
  const killed = (valueLow: number, qualifier: ClaimContent["qualifier"] = "EXACT") =>
    claim({ statement: "…", metric: "killed", valueLow, valueHigh: valueLow, qualifier });

  it("another number for the same metric", () => {
    expect(comparePassageWithClaim(killed(12), passage("The blast killed 19 people."))).toEqual([
      { kind: "OTHER_FIGURE", metric: "killed", claimFigure: "12 killed", passageFigure: "19 killed" },
    ]);
  });

  it.each([
    ["at least 12 vs 19 (19 ≥ 12 holds)", killed(12, "AT_LEAST"), "The blast killed 19 people."],
    ["12 vs at least 12", killed(12), "At least 12 people died."],
    [
      "about 70 vs 68",
      claim({ statement: "…", metric: "drones", valueLow: 70, valueHigh: 70, qualifier: "ABOUT" }),
      "Troops downed 68 drones.",
    ],
    [
      "a range that holds the number",
      claim({ statement: "…", metric: "killed", valueLow: 10, valueHigh: 15, qualifier: "EXACT" }),
      "12 people died.",
    ],
    ["another metric", killed(12), "The storm damaged 19 homes."],
    [
      "dead vs killed are one metric",
      claim({ statement: "…", metric: "dead", valueLow: 12, valueHigh: 12, qualifier: "EXACT" }),
      "12 people were killed.",
    ],
    [
      "other currencies (no conversion)",
      claim({ statement: "…", valueLow: 40, valueHigh: 40, qualifier: "EXACT", unit: "EUR" }),
      "It cost $50.",
    ],
    ["nothing comparable", killed(12), "The mayor resigned."],
  ])("agrees: %s", (_name, c, text) => {
    expect(comparePassageWithClaim(c, passage(text))).toEqual([]);
  });

  it("the same number with qualifiers that cannot both hold", () => {
    expect(comparePassageWithClaim(killed(12, "FEWER_THAN"), passage("At least 12 people died."))).toEqual([
      {
        kind: "INCOMPATIBLE_QUALIFIER",
        metric: "killed",
        claimFigure: "fewer than 12 killed",
        passageFigure: "at least 12 killed",
      },
    ]);
  });

  it("without a structured value, the figures of the claim's statement are compared", () => {
    expect(
      kinds(
        claim({ statement: "Russia launched 150 drones and about 70 missiles" }),
        "About 70 missiles and 190 drones were launched.",
      ),
    ).toEqual(["OTHER_FIGURE"]);
    expect(
      kinds(claim({ statement: "Russia launched 150 drones" }), "Russia launched 150 drones and 70 missiles."),
    ).toEqual([]);
  });

  it("figures without a metric are compared only one against one", () => {
    expect(
      kinds(
        claim({ statement: "…", valueLow: 12, valueHigh: 12, qualifier: "EXACT", unit: "percent" }),
        "Turnout was 19%.",
      ),
    ).toEqual(["OTHER_FIGURE"]);
    expect(
      kinds(
        claim({ statement: "…", valueLow: 12, valueHigh: 12, qualifier: "EXACT", unit: "percent" }),
        "Turnout was 19%, up from 15%.",
      ),
    ).toEqual([]);
  });

  it("agrees when any of the same-metric figures of the passage can hold", () => {
    expect(kinds(killed(12), "First 12 people were killed; by night 19 people were killed.")).toEqual([]);
  });

  it("reports a quote and a figure difference together", () => {
    const c = { ...killed(12), claimant: "Vos", quote: "Twelve of our people died today" };
    expect(kinds(c, "“Nineteen of our people died today,” Vos said after 19 people were killed.")).toEqual([
      "ALTERED_QUOTE",
      "OTHER_FIGURE",
    ]);
  });
});

describe("describeFigure", () => {
  it.each([
    [{ valueLow: 12, valueHigh: 12, qualifier: "AT_LEAST", unit: null, metric: "killed" }, "at least 12 killed"],
    [{ valueLow: 70, valueHigh: null, qualifier: "ABOUT", unit: null, metric: "missiles" }, "about 70 missiles"],
    [{ valueLow: 10, valueHigh: 15, qualifier: "EXACT", unit: null, metric: "injured" }, "10–15 injured"],
    [{ valueLow: 12, valueHigh: 12, qualifier: null, unit: "percent", metric: null }, "12%"],
    [
      { valueLow: 1_200_000, valueHigh: 1_200_000, qualifier: "MORE_THAN", unit: "EUR", metric: null },
      "more than 1,200,000 EUR",
    ],
    [{ valueLow: 5, valueHigh: 5, qualifier: "FEWER_THAN", unit: null, metric: "  " }, "fewer than 5"],
  ] as const)("%j → %s", (figure, expected) => {
    expect(describeFigure(figure)).toBe(expected);
  });
});

describe("passageStatesClaim", () => {
  const killed = claim({
    statement: "At least 12 people were killed in Kyiv",
    metric: "killed",
    valueLow: 12,
    valueHigh: 12,
    qualifier: "AT_LEAST",
  });

  it("states a figure claim only with a compatible figure of the same metric", () => {
    expect(passageStatesClaim(killed, passage("Twelve people died in the strike on Kyiv."))).toBe(true);
    expect(passageStatesClaim(killed, passage("At least 12 people were injured in Kyiv."))).toBe(false);
    expect(passageStatesClaim(killed, passage("Russia strikes Kyiv overnight"))).toBe(false);
    expect(passageStatesClaim(killed, passage("Nine people were killed in Kyiv."))).toBe(false);
  });

  it("states a quote claim only with the quote's words (or an excerpt)", () => {
    const quote = claim({
      statement: "“We will rebuild every school,” the mayor said",
      claimant: "the mayor",
      quote: "We will rebuild every school",
    });
    expect(passageStatesClaim(quote, passage("“We will rebuild every school,” the mayor told reporters."))).toBe(true);
    expect(passageStatesClaim(quote, passage("The mayor visited a school in the city."))).toBe(false);
    expect(passageStatesClaim(quote, passage("“We will rebuild every hospital,” the mayor said."))).toBe(false);
  });

  it("a claim with neither quote nor figure is stated by wording alone", () => {
    expect(
      passageStatesClaim(claim({ statement: "The bridge was closed" }), passage("The bridge was closed on Monday.")),
    ).toBe(true);
  });
});

describe("claimFigures", () => {
  it("takes the structured value, else the statement's figures, which comparePassageWithClaim uses when given", () => {
    expect(claimFigures(claim({ statement: "12 killed", metric: "killed", valueLow: 12, valueHigh: 12 }))).toEqual([
      { valueLow: 12, valueHigh: 12, qualifier: null, unit: null, metric: "killed" },
    ]);
    const unstructured = claim({ statement: "The flood killed 12 people" });
    const figures = claimFigures(unstructured);
    expect(figures).toMatchObject([{ valueLow: 12, metric: "killed" }]);
    const other = passage("The flood killed 31 people.");
    expect(comparePassageWithClaim(unstructured, other).map((d) => d.kind)).toEqual(["OTHER_FIGURE"]);
    expect(comparePassageWithClaim(unstructured, other, figures)).toEqual(comparePassageWithClaim(unstructured, other));
    expect(comparePassageWithClaim(unstructured, other, []).map((d) => d.kind)).toEqual([]);
  });
});
