/**
 * Conflict detection on whole articles: the project's test articles
 * (test/articles) report one blast at a Marenburg fuel depot from two outlets
 * and a later update, and a storm elsewhere. Claims are built from passages of
 * the texts, so the test fails if an article stops saying what a claim relies on.
 * (The same checks on real reporting run in the corpus suite: detection.corpus.test.ts.)
 */
import { describe, expect, it } from "vitest";
import { parseClaimValue } from "@/lib/claims/parse-value";
import { readTestArticle } from "@/test/articles/test-articles";
import { detectFigureConflicts, type FigureClaim } from "./detect-figure-conflicts";
import { detectQuoteConflicts, type QuoteClaim } from "./detect-quote-conflicts";

const northwire = readTestArticle("depot-blast-northwire");
const courier = readTestArticle("depot-blast-courier");
const update = readTestArticle("depot-blast-update");
const storm = readTestArticle("valley-storm");
const bilingual = readTestArticle("council-vote-bilingual");

function passage(text: string, pattern: RegExp): string {
  const match = pattern.exec(text);
  expect(match, `passage ${pattern}`).not.toBeNull();
  return match![0];
}

/** A claim from a passage, its value read by the parser; `metric` names what the editor would (the courier's "19 people" are dead). */
function claimFrom(
  id: string,
  text: string,
  pattern: RegExp,
  event: Partial<FigureClaim>,
  metric?: string,
): FigureClaim {
  const value = parseClaimValue(passage(text, pattern));
  expect(value, `parse ${pattern}`).not.toBeNull();
  return {
    id,
    metric: metric ?? value!.metric ?? null,
    valueLow: value!.valueLow ?? null,
    valueHigh: value!.valueHigh ?? null,
    qualifier: value!.qualifier ?? null,
    unit: value!.unit ?? null,
    ...event,
  };
}

const BLAST = { eventLabel: "Marenburg depot blast", eventDate: "2026-04-24", eventPlace: "Marenburg" };
const STORM = { eventLabel: "Adley Valley storm", eventDate: "2026-05-02", eventPlace: "Adley Valley" };

describe("figure conflicts across outlets", () => {
  const blast = () => [
    claimFrom("nw-killed", northwire, /killed at least \d+ people/, BLAST),
    claimFrom("nw-injured", northwire, /injured \d+ others/, BLAST),
    claimFrom("cc-killed", courier, /reached at least \d+ people/, BLAST, "killed"),
    claimFrom("cc-injured", courier, /Another \d+ people were treated/, BLAST, "injured"),
  ];

  it("reads the figures as an editor would", () => {
    expect(blast().map((c) => [c.metric, c.qualifier, c.valueLow])).toEqual([
      ["killed", "AT_LEAST", 12],
      ["injured", "EXACT", 90],
      ["killed", "AT_LEAST", 19],
      ["injured", "EXACT", 85],
    ]);
  });

  it("'at least 12' and 'at least 19' can both be true; 90 and 85 injured cannot", () => {
    expect(detectFigureConflicts(blast()).map((c) => c.claimIds)).toEqual([["cc-injured", "nw-injured"]]);
  });

  it("another event's toll never conflicts with this one", () => {
    const valley = claimFrom("st-killed", storm, /killed at least \d+ people/, STORM);
    expect(valley).toMatchObject({ metric: "killed", valueLow: 7 });
    const killed = blast().filter((c) => c.metric === "killed");
    expect(detectFigureConflicts([...killed, valley])).toEqual([]);
  });

  it("an exact toll that no qualifier reconciles is a conflict, named in the question", () => {
    const exact = blast().map((c) =>
      c.id === "cc-killed" ? { ...c, qualifier: "EXACT" as const, valueLow: 9, valueHigh: 9 } : c,
    );
    const found = detectFigureConflicts(exact);
    expect(found.map((c) => c.claimIds)).toContainEqual(["cc-killed", "nw-killed"]);
    expect(found.find((c) => c.claimIds.includes("cc-killed"))!.question).toContain("9");
  });

  it("the later update (23 dead, two days on) is a rising toll when its time is recorded", () => {
    expect(update).toContain("rose to 23 on Saturday");
    const morning = blast().map((c) => ({ ...c, asOf: "2026-04-24T08:00:00Z" }));
    const later: FigureClaim = {
      ...morning[1]!,
      id: "up-injured",
      valueLow: 103,
      valueHigh: 103,
      asOf: "2026-04-26T12:00:00Z",
    };
    const conflictsWithLater = detectFigureConflicts([...morning, later]).filter((c) =>
      c.claimIds.includes("up-injured"),
    );
    expect(conflictsWithLater).toEqual([]);
  });
});

/** Every quoted span (curly or straight double quotes, and guillemets) of an article. */
function quotedSpans(text: string): string[] {
  return [...text.matchAll(/[“"«]([^”"»]+)[”"»]/g)].map((m) => m[1]!);
}

describe("quote conflicts across outlets", () => {
  const mayor = (text: string) => quotedSpans(text).find((s) => s.startsWith("We have never seen"))!;

  it("the mayor's words differ between the outlets, and the diff names them", () => {
    const quotes: QuoteClaim[] = [
      { id: "nw-mayor", claimant: "Irena Dalsk", statement: mayor(northwire) },
      { id: "cc-mayor", claimant: "Mayor Irena Dalsk", statement: mayor(courier) },
    ];
    const found = detectQuoteConflicts(quotes);
    expect(found.map((c) => c.claimIds)).toEqual([["cc-mayor", "nw-mayor"]]);
    const changed = found[0]!.diffs[0]!.parts.filter((p) => p.type !== "equal" && /\w/.test(p.text)).map((p) =>
      p.text.trim(),
    );
    expect(changed.join(" ")).toMatch(/a.*this|the.*so/);
  });

  it("a quote and its translation are not an altered pair", () => {
    const [original] = quotedSpans(bilingual).filter((s) => /[а-яіїє]/i.test(s));
    const translation = quotedSpans(bilingual).find((s) => s.startsWith("We will not step back"))!;
    expect(original).toBeDefined();
    expect(
      detectQuoteConflicts([
        { id: "uk", claimant: "Oksana Melnyk", statement: original! },
        { id: "en", claimant: "Oksana Melnyk", statement: translation },
      ]),
    ).toEqual([]);
  });

  it("every quoted span of the test articles, all in one speaker's mouth, holds only the mayor's altered pair", () => {
    const all = [northwire, courier, update, storm, bilingual].flatMap((text, a) =>
      quotedSpans(text).map((statement, i) => ({ id: `${a}-${i}`, claimant: "Anyone", statement })),
    );
    expect(all.length).toBeGreaterThanOrEqual(10);
    const found = detectQuoteConflicts(all);
    expect(found).toHaveLength(1);
    expect(found[0]!.claimIds.map((id) => all.find((q) => q.id === id)!.statement.slice(0, 18))).toEqual(
      ["We have never see", "We have never see"].map((s) => s + "n"),
    );
  });
});
