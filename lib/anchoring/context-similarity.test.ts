import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contextSimilarity, editDistance } from "./context-similarity";
import { unicodeText } from "./fixtures/unicode-text";

/** The textbook dynamic-programming Levenshtein distance, to check the bit-parallel one against. */
function levenshtein(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

describe("editDistance", () => {
  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("abc", "")).toBe(3);
    expect(editDistance("x".repeat(32), "x".repeat(32))).toBe(0);
  });

  it("agrees with the dynamic-programming distance (property)", () => {
    const short = fc
      .string({ unit: fc.constantFrom("a", "b", "c", " ", "😀"), maxLength: 16 })
      .filter((s) => s.length <= 32);
    fc.assert(
      fc.property(
        short,
        unicodeText(40),
        (pattern, text) => editDistance(pattern, text) === levenshtein(pattern, text),
      ),
      { numRuns: 500 },
    );
  });
});

describe("contextSimilarity", () => {
  const prefix = "the regional emergency office said that ";

  it("is 1 for identical or absent context, 0 for unrelated text", () => {
    expect(contextSimilarity(prefix, prefix, "before")).toBe(1);
    expect(contextSimilarity("", "anything", "after")).toBe(1);
    expect(contextSimilarity(prefix, "Bananas grow in warm climates, fast.", "before")).toBe(0);
  });

  it("gives partial credit for a lightly edited context, counted from the quote outwards", () => {
    const edited = contextSimilarity(prefix, "the regional emergency office stated that ", "before");
    expect(edited).toBeGreaterThan(0.5);
    expect(edited).toBeLessThan(1);
    expect(
      contextSimilarity("Quote ends here and then more.", "Quote ends here and then more!", "after"),
    ).toBeGreaterThan(0.9);
  });
});
