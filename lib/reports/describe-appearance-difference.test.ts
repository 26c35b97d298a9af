import { describe, expect, it } from "vitest";
import { describeAppearanceDifference } from "./load-report-entries";

const ALTERED = { kind: "ALTERED_QUOTE", claimQuote: "We will not give up a single village", passageQuote: "We will surrender no village", similarity: 0.4, diff: [] };
const FIGURE = { kind: "OTHER_FIGURE", metric: "killed", claimFigure: "12 killed", passageFigure: "19 killed" };

describe("describeAppearanceDifference", () => {
  it("is null for a passage that states the claim as it is", () => {
    expect(describeAppearanceDifference({ differences: [], differenceNote: null, change: null })).toBeNull();
    // a note left from a difference that a later version removed says nothing on its own
    expect(describeAppearanceDifference({ differences: [], differenceNote: "Translated.", change: null })).toBeNull();
  });

  it("states the differences with the editor's note", () => {
    expect(describeAppearanceDifference({ differences: [ALTERED, FIGURE], differenceNote: " Same speech, translated. ", change: null })).toBe(
      "Altered quote: “We will not give up a single village” → “We will surrender no village”; other figure: 19 killed (the claim: 12 killed) (editor's note: Same speech, translated.)",
    );
  });

  it("states what a later version of the article changed, with or without differences", () => {
    const change = { figures: [{ before: "150 drones", after: "190 drones" }], quotes: [], summary: "“150 drones” became “190 drones”", versionNumber: 3 };
    expect(describeAppearanceDifference({ differences: [], differenceNote: null, change })).toBe("Changed in version 3 of the article: “150 drones” became “190 drones”");
    expect(describeAppearanceDifference({ differences: [FIGURE], differenceNote: null, change: { ...change, versionNumber: undefined } })).toBe(
      "Other figure: 19 killed (the claim: 12 killed); changed in a later version of the article: “150 drones” became “190 drones”",
    );
  });

  it("ignores stored values of another shape", () => {
    expect(describeAppearanceDifference({ differences: { kind: "ALTERED_QUOTE" }, differenceNote: null, change: "changed" })).toBeNull();
  });
});
