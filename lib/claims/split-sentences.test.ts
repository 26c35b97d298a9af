import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/claims/split-sentences";

const texts = (text: string) => {
  const sentences = splitSentences(text);
  for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  return sentences.map((s) => s.text);
};

describe("splitSentences", () => {
  it("breaks at sentence ends and newlines, not after abbreviations", () => {
    expect(texts("Headline without stop\nProf. Lindqvist visited the U.S. embassy. It rained.")).toEqual([
      "Headline without stop",
      "Prof. Lindqvist visited the U.S. embassy.",
      "It rained.",
    ]);
  });

  it("never cuts a quotation of several sentences", () => {
    expect(texts("The crowd waited. “Stop. Now. Everyone back!” the officer shouted. Nobody moved.")).toEqual([
      "The crowd waited.",
      "“Stop. Now. Everyone back!” the officer shouted.",
      "Nobody moved.",
    ]);
  });

  it("keeps quotations whole in other quotation styles", () => {
    expect(texts("„Wir bleiben. Für immer.“ Das sagte sie.")).toEqual(["„Wir bleiben. Für immer.“", "Das sagte sie."]);
    expect(texts("« Nous restons. Toujours. » Fin.")).toEqual(["« Nous restons. Toujours. » Fin."]);
    expect(texts('She wrote: "Hold the line. Help is coming." Then she left.')).toEqual([
      'She wrote: "Hold the line. Help is coming."',
      "Then she left.",
    ]);
  });

  it("ends a quotation left open at the paragraph break", () => {
    expect(texts("“We will rebuild. Every street.\n\nThe council met on Monday. It voted.")).toEqual([
      "“We will rebuild. Every street.",
      "The council met on Monday.",
      "It voted.",
    ]);
  });

  it("does not take an inch mark for a quotation", () => {
    expect(texts('A 12" pipe burst. Water flooded the hall.')).toEqual([
      'A 12" pipe burst.',
      "Water flooded the hall.",
    ]);
  });
});
