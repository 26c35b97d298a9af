import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareQuotes, quoteWords, wordSimilarity } from "@/lib/claims/compare/compare-quotes";
import { detectQuoteConflicts, speakerKey, type QuoteClaim } from "./detect-quote-conflicts";

const Q = "We will rebuild every school in the city before the winter comes.";
const q = (id: string, statement: string, claimant: string | null = "Jane Doe"): QuoteClaim => ({
  id,
  claimant,
  statement,
});

describe("compareQuotes", () => {
  it.each([
    [
      "same words, other punctuation and case",
      Q,
      "we will rebuild every school in the city, before the WINTER comes!",
      "same",
    ],
    ["curly vs straight apostrophes", "Let’s get it done", "Let's get it done.", "same"],
    ["thousands separator", "5,000 soldiers a week", "5000 soldiers a week", "same"],
    ["spelling variants of a place", "strikes on KYIV", "strikes on Kiev", "same"],
    ["an excerpt", Q, "rebuild every school in the city", "excerpt"],
    ["an excerpt with a cut marked", Q, "We will rebuild every school … before the winter comes", "excerpt"],
    ["an excerpt with a bracketed cut", Q, "We will rebuild [...] the city", "excerpt"],
    ["a cut out of order is not an excerpt", Q, "before the winter comes … we will rebuild", "unrelated"],
    ["one word changed", Q, "We will rebuild every hospital in the city before the winter comes.", "altered"],
    [
      "an article changed: articles are wording in a quote",
      "5000 soldiers a week",
      "5000 soldiers the week",
      "altered",
    ],
    ["a word added", Q, "We will not rebuild every school in the city before the winter comes.", "altered"],
    ["an altered excerpt", Q, "rebuild every school in the town", "altered"],
    ["a different statement", Q, "The budget is not yet agreed with the council.", "unrelated"],
    ["an empty quote", Q, "...", "unrelated"],
  ])("%s → %s", (_name, a, b, relation) => {
    expect(compareQuotes(a, b).relation).toBe(relation);
    expect(compareQuotes(b, a).relation).toBe(relation);
  });

  it("quoteWords folds what does not count", () => {
    expect(quoteWords("Vladimir, STOP! 5,000 soldiers… U.S. Let’s")).toEqual([
      "vladimir",
      "stop",
      "5000",
      "soldiers",
      "us",
      "lets",
    ]);
  });

  it("wordSimilarity is Dice over the longest common subsequence", () => {
    expect(wordSimilarity(["a", "b", "c", "d"], ["a", "x", "c", "d"])).toBe(0.75);
    expect(wordSimilarity([], [])).toBe(1);
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "b", "c")), fc.array(fc.constantFrom("a", "b", "c")), (a, b) => {
        const s = wordSimilarity(a, b);
        expect(s).toBe(wordSimilarity(b, a));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("speakerKey", () => {
  it.each([
    ["President Donald J. Trump", "donald trump"],
    ["donald trump", "donald trump"],
    ["Prime Minister Jonas Gahr Støre", "jonas gahr store"],
    ["Mr. Zelenskyy", "zelenskyy"],
    ["Trump", "trump"],
    ["President", "president"],
    [null, ""],
  ])("%s → %s", (claimant, expected) => {
    expect(speakerKey(claimant)).toBe(expected);
  });
});

describe("detectQuoteConflicts", () => {
  it("punctuation, case and excerpts are not conflicts", () => {
    expect(
      detectQuoteConflicts([q("a", Q), q("b", Q.toUpperCase().replace(".", "!")), q("c", "every school in the city")]),
    ).toEqual([]);
  });

  it("a changed word is a conflict with a word diff", () => {
    const found = detectQuoteConflicts([q("b", Q.replace("winter", "summer"), "Ms Jane Doe"), q("a", Q)]);
    expect(found).toHaveLength(1);
    const [conflict] = found;
    expect(conflict).toMatchObject({
      kind: "QUOTE_MISMATCH",
      fingerprint: "QUOTE_MISMATCH:a,b",
      claimIds: ["a", "b"],
      speaker: "jane doe",
      question: 'Jane Doe is quoted in 2 versions that differ in wording ("winter" vs "summer"). Which is accurate?',
      questionParams: {
        kind: "QUOTE_MISMATCH",
        speaker: "Jane Doe",
        versions: 2,
        change: { type: "replaced", from: "winter", to: "summer" },
      },
    });
    expect(conflict!.diffs).toHaveLength(1);
    const { parts, fromId, toId, similarity } = conflict!.diffs[0]!;
    expect([fromId, toId]).toEqual(["a", "b"]);
    expect(similarity).toBeCloseTo(11 / 12);
    expect(parts.filter((p) => p.type !== "equal")).toEqual([
      { type: "delete", text: "winter" },
      { type: "insert", text: "summer" },
    ]);
    // Joining equal + delete gives the first quote back, equal + insert the second.
    expect(
      parts
        .filter((p) => p.type !== "insert")
        .map((p) => p.text)
        .join(""),
    ).toBe(Q);
    expect(
      parts
        .filter((p) => p.type !== "delete")
        .map((p) => p.text)
        .join(""),
    ).toBe(Q.replace("winter", "summer"));
  });

  it("describes a dropped or added word", () => {
    const [conflict] = detectQuoteConflicts([q("a", Q), q("b", Q.replace("every ", ""))]);
    expect(conflict!.question).toMatch(/\(one drops "every"\)/);
    const [added] = detectQuoteConflicts([q("a", Q.replace("every ", "")), q("b", Q)]);
    expect(added!.question).toMatch(/\(one adds "every"\)/);
  });

  it("two unrelated quotes of one speaker are not a conflict", () => {
    expect(detectQuoteConflicts([q("a", Q), q("b", "The budget is not yet agreed with the council.")])).toEqual([]);
  });

  it("the same words from different speakers are never compared", () => {
    expect(detectQuoteConflicts([q("a", Q, "Jane Doe"), q("b", Q.replace("winter", "summer"), "John Doe")])).toEqual(
      [],
    );
    expect(detectQuoteConflicts([q("a", Q, null), q("b", Q.replace("winter", "summer"), null)])).toEqual([]);
  });

  it("three versions form one conflict with a diff per differing pair", () => {
    const found = detectQuoteConflicts([
      q("a", Q),
      q("b", Q.replace("winter", "summer")),
      q("c", Q.replace("school", "hospital")),
      q("d", Q),
    ]);
    expect(found.map((c) => c.claimIds)).toEqual([["a", "b", "c", "d"]]);
    expect(found[0]!.diffs.map((d) => `${d.fromId}-${d.toId}`)).toEqual(["a-b", "a-c", "b-c", "b-d", "c-d"]);
  });

  it("is independent of input order", () => {
    const quotes = [
      q("a", Q),
      q("b", Q.replace("winter", "summer")),
      q("c", "Unrelated words entirely here."),
      q("d", Q, "Other Person"),
    ];
    const expected = detectQuoteConflicts(quotes);
    fc.assert(
      fc.property(fc.shuffledSubarray(quotes, { minLength: quotes.length }), (shuffled) => {
        expect(detectQuoteConflicts(shuffled)).toEqual(expected);
      }),
    );
  });
});
