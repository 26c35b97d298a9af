/**
 * Conflict detection on real reporting: three articles of the corpus (test/corpus/corpus-dir.ts),
 * two (001, 003) on the overnight Russian strike on Kyiv of 24 April 2025 and
 * one (002) on the strike of 4 July 2025. The claims below are built by hand
 * from figures the articles contain; every figure is first checked against the
 * text, so the test fails if the corpus changes under it. No article text is
 * copied here: quotes are read from the files.
 */
import { readdirSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { parseClaimValue } from "@/lib/claims/parse-value";
import { detectFigureConflicts, type FigureClaim } from "./detect-figure-conflicts";
import { detectQuoteConflicts, type QuoteClaim } from "./detect-quote-conflicts";
import { corpusDir, readCorpusFile } from "@/test/corpus/corpus-dir";

const CORPUS = corpusDir();
const texts: Record<"a001" | "a002" | "a003", string> = { a001: "", a002: "", a003: "" };

beforeAll(() => {
  const files = readdirSync(CORPUS);
  for (const key of Object.keys(texts) as (keyof typeof texts)[]) {
    const file = files.find((name) => name.startsWith(`${key.slice(1)}_`));
    if (!file) throw new Error(`corpus article ${key} is missing from ${CORPUS}`);
    texts[key] = readCorpusFile(file);
  }
});

/** The first match of `pattern` in an article; fails the test if the article no longer says it. */
function passage(text: string, pattern: RegExp): string {
  const match = pattern.exec(text);
  expect(match, `corpus passage ${pattern}`).not.toBeNull();
  return match![0];
}

/** A claim from a passage of an article, its value read by the claim-value parser. */
function claimFrom(id: string, text: string, pattern: RegExp, event: Partial<FigureClaim>): FigureClaim {
  const value = parseClaimValue(passage(text, pattern));
  expect(value, `parse ${pattern}`).not.toBeNull();
  return {
    id,
    metric: value!.metric ?? null,
    valueLow: value!.valueLow ?? null,
    valueHigh: value!.valueHigh ?? null,
    qualifier: value!.qualifier ?? null,
    unit: value!.unit ?? null,
    ...event,
  };
}

const APRIL_24 = { eventLabel: "Russian strike on Kyiv", eventDate: "2025-04-24", eventPlace: "Kyiv" };
// Same label on purpose: only the date tells the two nights apart.
const JULY_4 = { eventLabel: "Russian strike on Kyiv", eventDate: "2025-07-04", eventPlace: "Kiev" };

describe("corpus: the articles say what the claims rely on", () => {
  it("001 and 003 report the April strike with the same toll; 003 dates it", () => {
    expect(texts.a001).toContain("at least 12 dead and 90 injured");
    expect(texts.a003).toContain("killed at least 12 people and injured 90 others");
    expect(texts.a003).toContain("The April 24 assault");
  });

  it("002 reports the July strike: another night, other figures", () => {
    expect(texts.a002).toContain("04/07/2025");
    expect(texts.a002).toContain("early hours of Friday, which left one dead and at least 26 injured");
    expect(texts.a002).toContain("11 missiles and 539 drones");
  });

  it("the parser reads the corpus figures, and refuses a passage with two", () => {
    expect(parseClaimValue(passage(texts.a003, /killed at least \d+ people/))).toEqual({
      metric: "killed",
      valueLow: 12,
      valueHigh: 12,
      qualifier: "AT_LEAST",
    });
    expect(parseClaimValue(passage(texts.a003, /injured \d+ others/))).toEqual({
      metric: "injured",
      valueLow: 90,
      valueHigh: 90,
      qualifier: "EXACT",
    });
    expect(parseClaimValue(passage(texts.a002, /\d+ drones/))).toEqual({
      metric: "drones",
      valueLow: 539,
      valueHigh: 539,
      qualifier: "EXACT",
    });
    expect(parseClaimValue(passage(texts.a001, /at least \d+ dead and \d+ injured/))).toBeNull();
    expect(parseClaimValue(passage(texts.a003, /The April 24 assault[^.]*/))).toBeNull();
  });
});

describe("corpus: figure conflicts", () => {
  let april: FigureClaim[];
  let july: FigureClaim[];
  beforeAll(() => {
    april = [
      claimFrom("a001-killed", texts.a001, /at least \d+ dead/, APRIL_24),
      claimFrom("a001-injured", texts.a001, /\d+ injured/, APRIL_24),
      claimFrom("a003-killed", texts.a003, /killed at least \d+ people/, APRIL_24),
      claimFrom("a003-injured", texts.a003, /injured \d+ others/, APRIL_24),
    ];
    july = [
      claimFrom("a002-killed", texts.a002, /one dead/, JULY_4),
      claimFrom("a002-injured", texts.a002, /at least \d+ injured/, JULY_4),
      claimFrom("a002-missiles", texts.a002, /\d+ missiles/, JULY_4),
      claimFrom("a002-drones", texts.a002, /\d+ drones/, JULY_4),
    ];
  });

  it("two articles on the same strike with the same figures: no conflict", () => {
    expect(april.map((c) => [c.metric, c.qualifier, c.valueLow])).toEqual([
      ["killed", "AT_LEAST", 12],
      ["injured", "EXACT", 90],
      ["killed", "AT_LEAST", 12],
      ["injured", "EXACT", 90],
    ]);
    expect(detectFigureConflicts(april)).toEqual([]);
  });

  it("figures of two different nights: no conflict (one dead in July vs at least 12 in April)", () => {
    expect(july.map((c) => [c.metric, c.valueLow])).toEqual([
      ["killed", 1],
      ["injured", 26],
      ["missiles", 11],
      ["drones", 539],
    ]);
    expect(detectFigureConflicts([...april, ...july])).toEqual([]);
  });

  it("…and it is the date that keeps them apart: without it the same label would group them", () => {
    const undated = july.map((c) => ({ ...c, eventDate: null }));
    const found = detectFigureConflicts([...april, ...undated]);
    expect(found.map((c) => c.claimIds)).toEqual([["a001-killed", "a002-killed", "a003-killed"]]);
  });

  it("a changed figure for the same strike that no qualifier can reconcile: a conflict", () => {
    const changed = april.map((c) =>
      c.id === "a003-killed" ? { ...c, valueLow: 9, valueHigh: 9, qualifier: "EXACT" as const } : c,
    );
    const found = detectFigureConflicts([...changed, ...july]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      kind: "FIGURE_MISMATCH",
      claimIds: ["a001-killed", "a003-killed"],
      fingerprint: "FIGURE_MISMATCH:a001-killed,a003-killed",
    });
    expect(found[0]!.question).toContain("at least 12, another says 9");
  });

  it("a higher 'at least' figure for the same strike is not a conflict; a different exact one is", () => {
    const higher = april.map((c) => (c.id === "a003-killed" ? { ...c, valueLow: 19, valueHigh: 19 } : c));
    expect(detectFigureConflicts(higher)).toEqual([]);
    const injured = april.map((c) => (c.id === "a003-injured" ? { ...c, valueLow: 60, valueHigh: 60 } : c));
    expect(detectFigureConflicts(injured).map((c) => c.claimIds)).toEqual([["a001-injured", "a003-injured"]]);
  });

  it("a later, higher exact toll recorded with asOf is a rising toll, not a conflict", () => {
    const morning = april.map((c) => ({ ...c, asOf: "2025-04-24T08:00:00Z" }));
    const evening: FigureClaim = {
      ...morning[1]!,
      id: "later-injured",
      valueLow: 103,
      valueHigh: 103,
      asOf: "2025-04-24T20:00:00Z",
    };
    expect(detectFigureConflicts([...morning, evening])).toEqual([]);
  });
});

/** Every quoted span (curly or straight double quotes) of an article. */
function quotedSpans(text: string): string[] {
  return [...text.matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]!);
}

describe("corpus: quote conflicts", () => {
  const trumpPost = (text: string) => quotedSpans(text).find((span) => span.includes("Vladimir, STOP!"))!;

  it("both April articles quote the Truth Social post, 003 in two pieces", () => {
    expect(trumpPost(texts.a001)).toContain("5000 soldiers a week are dying. Let’s get the Peace Deal DONE!");
    expect(trumpPost(texts.a003)).toContain("5000 soldiers a week are dying,");
    expect(quotedSpans(texts.a003)).toContain("Let’s get the Peace Deal DONE!");
  });

  const quotes = (): QuoteClaim[] => [
    { id: "q001-post", claimant: "Donald Trump", statement: trumpPost(texts.a001) },
    { id: "q003-post", claimant: "President Donald Trump", statement: trumpPost(texts.a003) },
    {
      id: "q003-deal",
      claimant: "Donald Trump",
      statement: quotedSpans(texts.a003).find((s) => s.startsWith("Let’s get"))!,
    },
    { id: "q003-stop", claimant: "Donald Trump", statement: quotedSpans(texts.a003)[0]! },
  ];

  it("the same post quoted whole, in pieces and as one word: no conflict", () => {
    expect(quotes()[3]!.statement).toBe("STOP!");
    expect(detectQuoteConflicts(quotes())).toEqual([]);
  });

  it("capitalization and spelling of the city do not count: KYIV, Kyiv, Kiev", () => {
    const recased = quotes().map((q) =>
      q.id === "q003-post" ? { ...q, statement: q.statement.replace("KYIV", "Kiev").replace("STOP", "stop") } : q,
    );
    expect(detectQuoteConflicts(recased)).toEqual([]);
  });

  it("a doctored version ('a day' for 'a week') is a conflict, with the changed words in the diff", () => {
    const doctored = quotes().map((q) =>
      q.id === "q003-post" ? { ...q, statement: q.statement.replace("a week", "a day") } : q,
    );
    const found = detectQuoteConflicts(doctored);
    expect(found.map((c) => c.claimIds)).toEqual([["q001-post", "q003-post"]]);
    expect(found[0]!.question).toBe(
      'Donald Trump is quoted in 2 versions that differ in wording ("week" vs "day"). Which is accurate?',
    );
    const changes = found[0]!.diffs[0]!.parts.filter((p) => p.type !== "equal" && /\w/.test(p.text));
    expect(changes.map((p) => [p.type, p.text.trim()])).toEqual([
      ["delete", "week"],
      ["insert", "day"],
      ["delete", expect.stringContaining("Peace Deal DONE")],
    ]);
  });

  it("every quoted span of the corpus, even all put in one speaker's mouth, holds no altered pair", () => {
    const all = (["a001", "a002", "a003"] as const).flatMap((key) =>
      quotedSpans(texts[key]).map((statement, i) => ({ id: `${key}-${i}`, claimant: "Anyone", statement })),
    );
    expect(all.length).toBeGreaterThanOrEqual(20);
    expect(detectQuoteConflicts(all)).toEqual([]);
  });
});
