import { describe, expect, it } from "vitest";
import { describeScope, describeScopeSummary, summarizeScope, wordScope } from "@/lib/reports/content/describe-scope";
import { ratingScaleOf } from "@/lib/reports/content/build-report-meta";
import { englishQuestion, type ConflictQuestionParams } from "@/lib/conflicts/conflict-question";
import { translatorFor } from "@/lib/i18n/translator";
import type { ReportScopeSummary } from "@/lib/exports/report-model";

const d = (iso: string) => new Date(iso);
const base = { claimIds: [], fromDate: null, toDate: null };
const workspace = (from: string, to: string) =>
  describeScope({ ...base, scope: "WORKSPACE", fromDate: d(from), toDate: d(to) }, {});

const ukrainianScope = translatorFor("uk", "common");
const ukrainianQuestions = translatorFor("uk", "conflicts");
const inUkrainian = (scope: ReportScopeSummary) =>
  wordScope(
    scope,
    (key, values) => ukrainianScope(`report.scope.${key}`, values),
    (key, values) => ukrainianQuestions(key, values),
    "uk",
  );

describe("describeScope", () => {
  it("names what the report covers", () => {
    expect(describeScope({ ...base, scope: "ARTICLE" }, { articleTitle: "Storm" })).toBe("Article: Storm");
    expect(describeScope({ ...base, scope: "ARTICLE" }, {})).toBe("Article: (deleted article)");
    expect(describeScope({ ...base, scope: "CLAIMS", claimIds: ["a", "b"] }, {})).toBe("2 selected claims");
    expect(describeScope({ ...base, scope: "CLAIMS", claimIds: ["a"] }, {})).toBe("1 selected claim");
    expect(describeScope({ ...base, scope: "CONFLICT" }, { conflictQuestion: "12 or 19?" })).toBe(
      "Conflict: 12 or 19?",
    );
    expect(describeScope({ ...base, scope: "CONFLICT" }, {})).toBe("Conflict: (conflict)");
    expect(
      describeScope({ ...base, scope: "CONFLICT" }, { conflictQuestion: "secret ratings", ratingsWithheld: true }),
    ).toBe("Conflict: Editors disagreed on a claim's rating");
    expect(workspace("2026-11-01", "2026-12-01")).toBe("Workspace: verdicts approved 1 Nov 2026 – 30 Nov 2026");
    expect(describeScope({ ...base, scope: "WORKSPACE" }, {})).toBe("Workspace: verdicts approved (no range)");
  });

  it("shows an exclusive midnight end as the day before, a single day as that day, other times in full", () => {
    expect(workspace("2026-11-03", "2026-11-04")).toBe("Workspace: verdicts approved on 3 Nov 2026");
    expect(workspace("2026-11-03T12:00:00Z", "2026-11-04")).toBe(
      "Workspace: verdicts approved 2026-11-03T12:00:00.000Z – 2026-11-04T00:00:00.000Z (end not included)",
    );
  });
});

describe("summarizeScope and wordScope", () => {
  const params: ConflictQuestionParams = { kind: "QUOTE_MISMATCH", speaker: "Jane Doe", versions: 2, change: null };

  it("keeps the scope as data; a withheld disagreement carries no question", () => {
    expect(
      summarizeScope(
        { ...base, scope: "CONFLICT" },
        { conflictQuestion: englishQuestion(params), conflictQuestionParams: params },
      ),
    ).toEqual({ kind: "CONFLICT", question: englishQuestion(params), questionParams: params, ratingsWithheld: false });
    expect(summarizeScope({ ...base, scope: "CONFLICT" }, { conflictQuestion: "x", ratingsWithheld: true })).toEqual({
      kind: "CONFLICT",
      question: null,
      questionParams: null,
      ratingsWithheld: true,
    });
    expect(
      describeScopeSummary({
        kind: "CONFLICT",
        question: englishQuestion(params),
        questionParams: params,
        ratingsWithheld: false,
      }),
    ).toBe(`Conflict: ${englishQuestion(params)}`);
  });

  it("words the scope in Ukrainian: translated words, workspace data as it is, Ukrainian dates and plurals", () => {
    expect(inUkrainian({ kind: "ARTICLE", articleTitle: "Storm" })).toBe("Стаття: Storm");
    expect(inUkrainian({ kind: "CLAIMS", claimCount: 5 })).toBe("5 вибраних тверджень");
    expect(
      inUkrainian({
        kind: "CONFLICT",
        question: englishQuestion(params),
        questionParams: params,
        ratingsWithheld: false,
      }),
    ).toMatch(/^Конфлікт: Jane Doe: цитата є в 2 версіях/);
    expect(
      inUkrainian({ kind: "CONFLICT", question: "Stored before params", questionParams: null, ratingsWithheld: false }),
    ).toBe("Конфлікт: Stored before params");
    expect(inUkrainian({ kind: "WORKSPACE", from: d("2026-11-01"), to: d("2026-12-01") })).toMatch(
      /^Робочий простір: вердикти, схвалені 1 лист\. 2026 р\. – 30 лист\. 2026 р\.$/,
    );
  });
});

describe("ratingScaleOf", () => {
  it("keeps the ordinal levels worst first; bounds are 1 and the highest ordinal", () => {
    const scale = ratingScaleOf([
      { key: "TRUE", label: "True", ordinal: 3 },
      { key: "UNVERIFIABLE", label: "Unverifiable", ordinal: null },
      { key: "FALSE", label: "False", ordinal: 1 },
    ]);
    expect(scale).toEqual({
      levels: [
        { key: "FALSE", label: "False", ordinal: 1 },
        { key: "TRUE", label: "True", ordinal: 3 },
      ],
      worstRating: 1,
      bestRating: 3,
    });
  });
});
