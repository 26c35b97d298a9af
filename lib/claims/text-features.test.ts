import { describe, expect, it } from "vitest";
import { foldText, similarity, textFeatures, wordFeatures } from "@/lib/claims/text-features";
import { foldLetters } from "@/lib/search/fold-names";
import { testArticles } from "@/test/articles/test-articles";

const score = (claim: string, passage: string, extraGroups?: string[]) =>
  similarity(textFeatures(claim, extraGroups), textFeatures(passage, extraGroups));

describe("textFeatures", () => {
  it("folds spelling variants of names and places, also at the start of a sentence", () => {
    expect([...textFeatures("Kiev was shelled, the mayor of Kharkov said.").names].sort()).toEqual(["kharkiv", "kyiv"]);
    expect(textFeatures("Officials in Kiev’s centre").names).toEqual(new Set(["kyiv"]));
    expect(textFeatures("A message from President Zelenskiy").names).toEqual(
      textFeatures("A message from President Zelensky").names,
    );
  });

  it("reads figures as whole values, and never as words", () => {
    const features = textFeatures("About 1,200 homes lost power and 90 were flooded.");
    expect([...features.numbers].sort((a, b) => a - b)).toEqual([90, 1200]);
    expect([...features.words].some((w) => /\d/.test(w))).toBe(false);
  });

  it("uses a workspace's own variant groups", () => {
    expect(textFeatures("The port of Mykolajiw").names).not.toEqual(textFeatures("The port of Mykolaiv").names);
    expect(textFeatures("The port of Mykolajiw", ["Mykolaiv|Mykolajiw"]).names).toEqual(
      textFeatures("The port of Mykolaiv", ["Mykolaiv|Mykolajiw"]).names,
    );
  });
});

describe("wordFeatures", () => {
  it("is textFeatures without the numbers", () => {
    const text = "Governor Maria Lopez said 31 bridges on the “Keld river” were closed in Kiev, 1,200 people moved.";
    const all = textFeatures(text, ["Keld|Kelda"]);
    expect(all.numbers.size).toBeGreaterThan(0);
    expect(wordFeatures(text, ["Keld|Kelda"])).toEqual({ ...all, numbers: new Set() });
  });
});

describe("similarity", () => {
  it("matches a passage that spells the place differently (Kiev / Kyiv)", () => {
    const result = score(
      "A drone struck a power station in Kyiv overnight",
      "Overnight a drone struck a power station in Kiev, officials said.",
    );
    expect(result.score).toBeGreaterThanOrEqual(0.5);
    expect(result.reasons).toEqual(expect.arrayContaining(["same names", "similar wording"]));
  });

  it("matches a spelling variant the workspace added", () => {
    const claim = "Shelling hit the harbour of Mykolajiw";
    const passage = "The harbour of Mykolaiv was hit by shelling.";
    expect(score(claim, passage).reasons).not.toContain("same names");
    expect(score(claim, passage, ["Mykolaiv|Mykolajiw"]).reasons).toContain("same names");
  });

  it("never matches 90 with 190, nor 200 with 1,200", () => {
    expect(
      score(
        "Officials said 90 people were evacuated from Kharkiv",
        "Officials said 190 people were evacuated from Kharkiv",
      ).score,
    ).toBe(0);
    expect(
      score("The fire destroyed 200 hectares of forest", "The fire destroyed 1,200 hectares of forest").score,
    ).toBe(0);
  });

  it("matches the same figure written with a thousands separator", () => {
    expect(
      score("The fire destroyed 1200 hectares of forest", "The fire destroyed 1,200 hectares of forest").reasons,
    ).toContain("same figures");
  });

  it("does not depend on word order", () => {
    const claim = "12 killed in Odessa port strike";
    const reordered = score(claim, "A strike on the port killed people in Odesa: 12, the governor said.");
    expect(reordered.score).toBeGreaterThanOrEqual(0.5);
    expect(reordered.reasons).toEqual(expect.arrayContaining(["same figures", "same names", "similar wording"]));
    expect(score("port strike Odesa killed 12", "12 killed Odesa strike port").score).toBe(
      score("12 killed Odesa strike port", "port strike Odesa killed 12").score,
    );
  });
});

describe("foldText", () => {
  it("folds as foldLetters does, plain copy and every other text alike", () => {
    const texts = [
      "The Mayor’s “plan” – and O'Brien's — «Nein» „ja“",
      "Kiev’s Ølstad, Łódź, ÆSIR, Straße, İstanbul, ΣΟΦΟΣ, café…\u00a0½",
      ...testArticles().flatMap((a) => a.text.split("\n")),
    ];
    for (const text of texts) expect(foldText(text)).toBe(foldLetters(text));
  });
});
