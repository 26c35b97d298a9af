import { describe, expect, it } from "vitest";
import { translatorFor } from "@/lib/i18n/translator";
import { formatClaimedValue, type ClaimedValue } from "@/lib/claims/compare/compare-values";
import {
  englishQuestion,
  parseQuestionParams,
  viewerQuestion,
  wordQuestion,
  type ConflictQuestionParams,
} from "./conflict-question";

const ukrainian = translatorFor("uk", "conflicts");
const inUkrainian = (params: ConflictQuestionParams) =>
  wordQuestion(params, (key, values) => ukrainian(key, values), "uk");
const EVENT = "Russian strike on Kyiv (2025-04-24, Kyiv)";

describe("englishQuestion", () => {
  it("words two figures as the detector always has", () => {
    const values: ClaimedValue[] = [{ valueLow: 12, qualifier: "AT_LEAST" }, { valueLow: 9 }];
    expect(englishQuestion({ kind: "FIGURE_MISMATCH", event: EVENT, metric: "killed", values })).toBe(
      `${EVENT} — "killed": one claim says at least 12, another says 9 — both cannot be true. Which holds?`,
    );
  });

  it("writes every qualifier, range and unit as formatClaimedValue does", () => {
    const values: ClaimedValue[] = [
      { valueLow: 1200.5, qualifier: "ABOUT", unit: "EUR" },
      { valueLow: 10, valueHigh: 15, qualifier: "MORE_THAN", unit: "percent" },
      { valueLow: 3, qualifier: "UP_TO" },
      { valueLow: 4, qualifier: "FEWER_THAN", unit: "%" },
      { valueLow: 5, qualifier: "EXACT" },
    ];
    expect(englishQuestion({ kind: "FIGURE_MISMATCH", event: EVENT, metric: "cost", values })).toBe(
      `${EVENT} — "cost": claims say ${values.map(formatClaimedValue).join("; ")} — they cannot all be true. Which holds?`,
    );
  });

  it("words quote changes: replaced, dropped, added, none", () => {
    const base = { kind: "QUOTE_MISMATCH", speaker: "Jane Doe", versions: 3 } as const;
    expect(englishQuestion({ ...base, change: { type: "replaced", from: "a week", to: "a day" } })).toBe(
      'Jane Doe is quoted in 3 versions that differ in wording ("a week" vs "a day"). Which is accurate?',
    );
    expect(englishQuestion({ ...base, change: { type: "dropped", text: "every" } })).toBe(
      'Jane Doe is quoted in 3 versions that differ in wording (one drops "every"). Which is accurate?',
    );
    expect(englishQuestion({ ...base, change: { type: "added", text: "every" } })).toBe(
      'Jane Doe is quoted in 3 versions that differ in wording (one adds "every"). Which is accurate?',
    );
    expect(englishQuestion({ ...base, change: null })).toBe(
      "Jane Doe is quoted in 3 versions that differ in wording. Which is accurate?",
    );
  });

  it("names ratings by label once known, by key before, and withholds them when asked", () => {
    const ratings = [
      { key: "FALSE_CLAIM", label: "False", count: 2 },
      { key: "MIXED", label: "Mixed", count: 1 },
      { key: "TRUE_CLAIM", label: null, count: 1 },
    ];
    expect(englishQuestion({ kind: "VERDICT_DISAGREEMENT", ratings })).toBe(
      `Editors disagree on this claim's rating: "False" (2 verdicts) vs "Mixed" (1 verdict) vs TRUE_CLAIM (1 verdict). Which rating holds?`,
    );
    expect(englishQuestion({ kind: "VERDICT_DISAGREEMENT", ratings: [] })).toBe(
      "Editors disagree on this claim's rating. Which rating holds?",
    );
  });
});

describe("the question in Ukrainian", () => {
  it("translates the words, keeps workspace data, writes numbers the Ukrainian way", () => {
    const question = inUkrainian({
      kind: "FIGURE_MISMATCH",
      event: EVENT,
      metric: "killed",
      values: [{ valueLow: 1200.5, qualifier: "AT_LEAST" }, { valueLow: 9 }],
    });
    expect(question).toContain(EVENT);
    expect(question).toContain("«killed»");
    expect(question).toMatch(/щонайменше 1\s200,5/);
    expect(inUkrainian({ kind: "QUOTE_MISMATCH", speaker: "Jane Doe", versions: 5, change: null })).toContain(
      "5 версіях",
    );
    expect(
      inUkrainian({
        kind: "VERDICT_DISAGREEMENT",
        ratings: [
          { key: "F", label: "False", count: 5 },
          { key: "T", label: "True", count: 1 },
        ],
      }),
    ).toContain("«False» (5 вердиктів) проти «True» (1 вердикт)");
  });
});

describe("viewerQuestion and parseQuestionParams", () => {
  it("a conflict stored without params shows its English question", () => {
    const format = (key: string) => `[${key}]`;
    expect(viewerQuestion({ question: "How many were killed?", questionParams: null }, format, "uk")).toBe(
      "How many were killed?",
    );
    expect(
      viewerQuestion({ question: "x", questionParams: { kind: "VERDICT_DISAGREEMENT", ratings: [] } }, format, "uk"),
    ).toBe("[question.verdictHidden]");
  });

  it("reads back what was stored and refuses what it does not understand", () => {
    const params: ConflictQuestionParams = {
      kind: "QUOTE_MISMATCH",
      speaker: "Jane Doe",
      versions: 2,
      change: { type: "added", text: "every" },
    };
    expect(parseQuestionParams(JSON.parse(JSON.stringify(params)))).toEqual(params);
    expect(parseQuestionParams(null)).toBeNull();
    expect(parseQuestionParams({ kind: "QUOTE_MISMATCH", speaker: 3 })).toBeNull();
  });
});
