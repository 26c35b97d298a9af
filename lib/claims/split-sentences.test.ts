import { describe, expect, it } from "vitest";
import { splitParagraphs, splitSentences } from "@/lib/claims/split-sentences";
import { testArticles } from "@/test/articles/test-articles";

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

  it("reads a line without a terminator inside as one sentence, and gives any other to the segmenter", () => {
    expect(texts("  “Stop,” the officer shouted (twice) — 12% of them left!” ")).toEqual([
      "“Stop,” the officer shouted (twice) — 12% of them left!”",
    ]);
    expect(texts("Prices rose 3.5 percent. Nobody moved?! Then")).toEqual([
      "Prices rose 3.5 percent.",
      "Nobody moved?!",
      "Then",
    ]);
    expect(texts("Stop。Go\u2029Wait")).toEqual(["Stop。", "Go", "Wait"]);
    expect(texts(" \t")).toEqual([]);
  });

  it("does not take an inch mark for a quotation", () => {
    expect(texts('A 12" pipe burst. Water flooded the hall.')).toEqual([
      'A 12" pipe burst.',
      "Water flooded the hall.",
    ]);
  });
});

describe("splitParagraphs", () => {
  const byParagraph = (text: string) =>
    splitParagraphs(text).flatMap((p) =>
      splitSentences(p.text).map((s) => ({ start: p.start + s.start, end: p.start + s.end, text: s.text })),
    );

  it("gives the lines that hold text, with offsets that slice back to each", () => {
    const text = "Headline\n\n  Body one. Body two.\n \nLast";
    expect(splitParagraphs(text)).toEqual([
      { start: 0, end: 8, text: "Headline" },
      { start: 10, end: 31, text: "  Body one. Body two." },
      { start: 34, end: 38, text: "Last" },
    ]);
    for (const p of splitParagraphs(text)) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it("splitting each paragraph gives the text's sentences (quotes left open, abbreviations, the test articles)", () => {
    const texts = [
      "“We will rebuild. Every street.\n\nThe council met on Monday. It voted.",
      "Prof. Lindqvist visited the U.S.\nembassy. “Stop. Now.\n” he said. it rained.",
      ...testArticles().map((a) => a.text),
    ];
    for (const text of texts) expect(byParagraph(text)).toEqual(splitSentences(text));
  });
});
