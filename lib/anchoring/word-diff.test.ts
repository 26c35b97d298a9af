import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unicodeText } from "./fixtures/unicode-text";
import { diffSimilarity, wordDiff } from "./word-diff";

describe("wordDiff", () => {
  it("equal texts: one equal part (none for two empty strings)", () => {
    expect(wordDiff("at least 12 dead", "at least 12 dead")).toEqual([{ type: "equal", text: "at least 12 dead" }]);
    expect(wordDiff("", "")).toEqual([]);
  });

  it("a changed figure is one whole token, separators included", () => {
    expect(wordDiff("about 12,500 people", "about 19,000 people")).toEqual([
      { type: "equal", text: "about " },
      { type: "delete", text: "12,500" },
      { type: "insert", text: "19,000" },
      { type: "equal", text: " people" },
    ]);
  });

  it("a rewritten phrase reads as one replacement, not word-by-word fragments", () => {
    expect(wordDiff("the mayor said on Friday", "officials confirmed on Friday")).toEqual([
      { type: "delete", text: "the mayor said" },
      { type: "insert", text: "officials confirmed" },
      { type: "equal", text: " on Friday" },
    ]);
  });

  it("keeps Arabic and Hebrew words whole", () => {
    expect(wordDiff("قال الوزير اليوم", "قال الرئيس اليوم")).toEqual([
      { type: "equal", text: "قال " },
      { type: "delete", text: "الوزير" },
      { type: "insert", text: "الرئيس" },
      { type: "equal", text: " اليوم" },
    ]);
    expect(wordDiff("לפחות 12 הרוגים", "לפחות 19 הרוגים").filter((p) => p.type !== "equal")).toEqual([
      { type: "delete", text: "12" },
      { type: "insert", text: "19" },
    ]);
  });

  it("rebuilds both texts from its parts (property)", () => {
    fc.assert(
      fc.property(unicodeText(80), unicodeText(80), (a, b) => {
        const parts = wordDiff(a, b);
        const before = parts
          .filter((p) => p.type !== "insert")
          .map((p) => p.text)
          .join("");
        const after = parts
          .filter((p) => p.type !== "delete")
          .map((p) => p.text)
          .join("");
        return before === a && after === b && parts.every((p) => p.text !== "");
      }),
      { numRuns: 500 },
    );
  });
});

describe("diffSimilarity", () => {
  it("is 1 for equal texts, 0 for nothing in common, in between otherwise", () => {
    expect(diffSimilarity(wordDiff("same words", "same words"))).toBe(1);
    expect(diffSimilarity(wordDiff("alpha", "omega"))).toBe(0);
    const half = diffSimilarity(wordDiff("at least 12 dead", "at least 19 dead"));
    expect(half).toBeGreaterThan(0.8);
    expect(half).toBeLessThan(1);
  });
});
