import { describe, expect, it } from "vitest";
import { splitSentences } from "@/lib/claims/split-sentences";
import { similarity, textFeatures } from "@/lib/claims/text-features";
import { checkWorthiness } from "@/lib/claims/check-worthiness";
import { readTestArticle } from "@/test/articles/test-articles";

describe("splitSentences", () => {
  it("gives offsets that slice back to each sentence, and breaks at newlines", () => {
    const text =
      "Headline without stop\nDr. Vos said 12 died in the U.S. capital. “Stop!” he wrote. It hit Kyiv. Then Lviv.\n\nLast one.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Headline without stop",
      "Dr. Vos said 12 died in the U.S. capital.",
      "“Stop!” he wrote.",
      "It hit Kyiv.",
      "Then Lviv.",
      "Last one.",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("similarity", () => {
  const claim = textFeatures("At least 12 people were killed in the strike on Kyiv");

  it("finds the same figure stated in other words", () => {
    expect(
      similarity(claim, textFeatures("The attack on Kyiv killed at least 12 people and injured 90 others.")).score,
    ).toBeGreaterThan(0.5);
  });

  it("does not match a different figure, however similar the wording", () => {
    expect(similarity(claim, textFeatures("At least 19 people were killed in the strike on Kyiv")).score).toBe(0);
  });

  it("in a whole article: the toll sentence of another outlet ranks first", () => {
    const [best] = splitSentences(readTestArticle("depot-blast-northwire"))
      .map((s) => ({
        s,
        sim: similarity(textFeatures("leaving at least 12 dead and 90 injured"), textFeatures(s.text)),
      }))
      .sort((a, b) => b.sim.score - a.sim.score);
    expect(best!.s.text).toContain("killed at least 12 people and injured 90 others");
    expect(best!.sim.reasons).toContain("same figures");
  });
});

describe("checkWorthiness", () => {
  it("names figures, direct quotes and attributions", () => {
    expect(checkWorthiness("The mayor said 40 million euros were promised.")).toEqual(["figures", "attribution"]);
    expect(checkWorthiness("“We have never seen the river climb this fast,” said the chief.")).toEqual([
      "direct quote",
      "attribution",
    ]);
    expect(checkWorthiness("The weather was grey.")).toEqual([]);
  });
});
