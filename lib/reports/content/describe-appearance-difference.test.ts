import { describe, expect, it } from "vitest";
import {
  appearanceDifferenceDetail,
  describeAppearanceDifference,
  wordAppearanceDifference,
} from "@/lib/reports/content/load-report-entries";
import type { AppearanceDifferenceDetail } from "@/lib/exports/report-model";
import { translatorFor } from "@/lib/i18n/translator";

const ALTERED = {
  kind: "ALTERED_QUOTE",
  claimQuote: "We will not give up a single village",
  passageQuote: "We will surrender no village",
  similarity: 0.4,
  diff: [],
};
const FIGURE = { kind: "OTHER_FIGURE", metric: "killed", claimFigure: "12 killed", passageFigure: "19 killed" };

describe("describeAppearanceDifference", () => {
  it("is null for a passage that states the claim as it is", () => {
    expect(describeAppearanceDifference({ differences: [], differenceNote: null, change: null })).toBeNull();
    // a note left from a difference that a later version removed says nothing on its own
    expect(describeAppearanceDifference({ differences: [], differenceNote: "Translated.", change: null })).toBeNull();
  });

  it("states the differences with the editor's note", () => {
    expect(
      describeAppearanceDifference({
        differences: [ALTERED, FIGURE],
        differenceNote: " Same speech, translated. ",
        change: null,
      }),
    ).toBe(
      "Altered quote: “We will not give up a single village” → “We will surrender no village”; other figure: 19 killed (the claim: 12 killed) (editor's note: Same speech, translated.)",
    );
  });

  it("states what a later version of the article changed, with or without differences", () => {
    const change = {
      figures: [{ before: "150 drones", after: "190 drones" }],
      quotes: [],
      summary: "“150 drones” became “190 drones”",
      versionNumber: 3,
    };
    expect(describeAppearanceDifference({ differences: [], differenceNote: null, change })).toBe(
      "Changed in version 3 of the article: “150 drones” became “190 drones”",
    );
    expect(
      describeAppearanceDifference({
        differences: [FIGURE],
        differenceNote: null,
        change: { ...change, versionNumber: undefined },
      }),
    ).toBe(
      "Other figure: 19 killed (the claim: 12 killed); changed in a later version of the article: “150 drones” became “190 drones”",
    );
  });

  it("ignores stored values of another shape", () => {
    expect(
      describeAppearanceDifference({ differences: { kind: "ALTERED_QUOTE" }, differenceNote: null, change: "changed" }),
    ).toBeNull();
  });
});

describe("appearanceDifferenceDetail and wordAppearanceDifference", () => {
  const ukrainian = translatorFor("uk", "common");
  const inUkrainian = (detail: AppearanceDifferenceDetail) =>
    wordAppearanceDifference(detail, (key, values) => ukrainian(`report.difference.${key}`, values));

  it("keeps the difference as data", () => {
    expect(
      appearanceDifferenceDetail({
        differences: [ALTERED, FIGURE],
        differenceNote: " Translated. ",
        change: { figures: [], quotes: [], summary: "s", versionNumber: 2 },
      }),
    ).toEqual({
      differences: [
        { kind: "ALTERED_QUOTE", claim: ALTERED.claimQuote, passage: ALTERED.passageQuote },
        { kind: "OTHER_FIGURE", claim: "12 killed", passage: "19 killed" },
      ],
      note: "Translated.",
      change: { summary: "s", versionNumber: 2 },
    });
    expect(appearanceDifferenceDetail({ differences: [], differenceNote: "Translated.", change: null })).toBeNull();
  });

  it("words it in Ukrainian, the quotes and figures as written", () => {
    const detail = appearanceDifferenceDetail({
      differences: [ALTERED, FIGURE],
      differenceNote: "Same speech.",
      change: { figures: [], quotes: [], summary: "“150 drones” became “190 drones”", versionNumber: 3 },
    })!;
    expect(inUkrainian(detail)).toBe(
      "Змінена цитата: «We will not give up a single village» → «We will surrender no village»; інша цифра: 19 killed (у твердженні: 12 killed) (нотатка редактора: Same speech.); змінено у версії 3 статті: “150 drones” became “190 drones”",
    );
  });
});
