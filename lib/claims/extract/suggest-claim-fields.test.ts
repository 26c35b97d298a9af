import { describe, expect, it } from "vitest";
import { extractPassage, type PassageExtraction } from "./extract-passage";
import { MAX_STATEMENT, suggestClaimFields } from "./suggest-claim-fields";

const published = { publishedAt: new Date("2025-07-10T08:00:00Z") };
const suggest = (text: string, passage = text) => {
  const start = text.indexOf(passage);
  return suggestClaimFields(passage, extractPassage({ text, start, end: start + passage.length }, published));
};
const empty: PassageExtraction = { figures: [], quotes: [], eventDate: null };

describe("suggestClaimFields", () => {
  it("fills the value from the first figure with a metric", () => {
    expect(
      suggest("  In 2025 prices rose 8%; on Monday at least 12 people\\n were killed.  ".replace("\\n", "\n")),
    ).toEqual({
      statement: "In 2025 prices rose 8%; on Monday at least 12 people were killed.",
      claimant: null,
      metric: "killed",
      valueLow: 12,
      valueHigh: 12,
      qualifier: "AT_LEAST",
      unit: null,
      eventDate: "2025-07-07",
    });
  });

  it("else the first figure", () => {
    expect(suggest("Prices rose 8% and then 3%.")).toMatchObject({
      metric: null,
      valueLow: 8,
      valueHigh: 8,
      qualifier: "EXACT",
      unit: "percent",
    });
  });

  it("a range keeps both ends", () => {
    expect(suggest("Between 10 and 15 drones crashed.")).toMatchObject({
      metric: "drones",
      valueLow: 10,
      valueHigh: 15,
    });
  });

  it("a passage inside quotation marks becomes the quote in “…”, with its speaker as claimant", () => {
    const text = "“The dam will hold for a week,” the engineer Anna Berg said.";
    expect(suggest(text, "The dam will hold for a week")).toMatchObject({
      statement: "“The dam will hold for a week”",
      claimant: "Anna Berg",
    });
    expect(suggest(text, "“The dam will hold for a week,”")).toMatchObject({
      statement: "“The dam will hold for a week”",
      claimant: "Anna Berg",
    });
  });

  it("a passage that quotes and explains keeps its words; the claimant is the quote's speaker", () => {
    const text = "Berg said “the dam will hold” after the inspection.";
    expect(suggest(text)).toMatchObject({ statement: text, claimant: "Berg" });
  });

  it("nulls when the passage states nothing checkable", () => {
    expect(suggestClaimFields("  quiet day \n", empty)).toEqual({
      statement: "quiet day",
      claimant: null,
      metric: null,
      valueLow: null,
      valueHigh: null,
      qualifier: null,
      unit: null,
      eventDate: null,
    });
  });

  it("never longer than the limit, cut at a word and never inside a surrogate pair", () => {
    const long = "word ".repeat(400);
    const statement = suggestClaimFields(long, empty).statement;
    expect(statement.length).toBeLessThanOrEqual(MAX_STATEMENT);
    expect(statement.endsWith("word…")).toBe(true);
    const emoji = suggestClaimFields("😀".repeat(800), empty).statement;
    expect(emoji.length).toBeLessThanOrEqual(MAX_STATEMENT);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF]…$/u);
    const quote = { text: "x ".repeat(600).trim(), speaker: null, partial: false };
    expect(suggestClaimFields(quote.text, { ...empty, quotes: [quote] }).statement.length).toBeLessThanOrEqual(
      MAX_STATEMENT,
    );
  });
});
