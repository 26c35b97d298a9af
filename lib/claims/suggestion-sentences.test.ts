import { describe, expect, it } from "vitest";
import { claimLook, similarSentences } from "@/lib/claims/suggestion-sentences";

describe("similarSentences", () => {
  it("a paragraph repeated in another article is found there at its own offsets, and skipping it there leaves the first", () => {
    const look = claimLook("At least 12 people were killed in Dovrek", []);
    const paragraph = "Officials said at least 12 people were killed in Dovrek. The river rose overnight.";
    const first = `Flood.\n\n${paragraph}`;
    const second = `Flood in the north, second report.\n\nMore rain is expected.\n${paragraph}`;

    const inFirst = similarSentences(first, look);
    const inSecond = similarSentences(second, look);
    expect(inFirst.map((s) => first.slice(s.start, s.end))).toEqual([
      "Officials said at least 12 people were killed in Dovrek.",
    ]);
    expect(inSecond.map((s) => second.slice(s.start, s.end))).toEqual([
      "Officials said at least 12 people were killed in Dovrek.",
    ]);
    expect(inSecond[0]).toMatchObject({ score: inFirst[0]!.score, reasons: inFirst[0]!.reasons });

    const at = inSecond[0]!.start;
    expect(similarSentences(second, look, (s) => s.start === at)).toEqual([]);
    expect(similarSentences(first, look)).toEqual(inFirst);
  });
});
