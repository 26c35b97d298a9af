import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExactIndex } from "./exact-index";
import { unicodeText } from "./fixtures/unicode-text";

function indexOfAll(text: string, quote: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

describe("ExactIndex", () => {
  it("finds every occurrence, overlapping ones included, in order", () => {
    const index = new ExactIndex("abcabcabcabc and abcabcabc");
    expect(index.find("abcabcab")).toEqual([0, 3, 17]);
    expect(index.find("bc")).toEqual([1, 4, 7, 10, 18, 21, 24]);
    expect(index.find("not there at all")).toEqual([]);
  });

  it("agrees with an indexOf loop (property)", () => {
    fc.assert(
      fc.property(unicodeText(300), fc.nat(), fc.nat({ max: 20 }), (text, at, length) => {
        const index = new ExactIndex(text);
        const start = text.length === 0 ? 0 : at % text.length;
        const quote = text.slice(start, start + length) || "x";
        return JSON.stringify(index.find(quote)) === JSON.stringify(indexOfAll(text, quote));
      }),
      { numRuns: 500 },
    );
  });
});
