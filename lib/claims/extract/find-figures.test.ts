import { describe, expect, it } from "vitest";
import type { ExtractedFigure } from "./extract-passage";
import { findFigures } from "./find-figures";

const all = (text: string) => findFigures(text, 0, text.length);
const figure = (text: string, valueLow: number, more: Partial<ExtractedFigure> = {}): Partial<ExtractedFigure> => ({
  text,
  valueLow,
  valueHigh: more.valueHigh ?? valueLow,
  qualifier: "EXACT",
  qualifierText: null,
  unit: null,
  metric: null,
  ...more,
});
const summary = (f: ExtractedFigure): Partial<ExtractedFigure> => {
  const { start: _start, end: _end, ...rest } = f;
  return rest;
};

describe("findFigures: casualties and qualifiers", () => {
  it.each([
    [
      "The flood left at least 12 dead.",
      [figure("at least 12", 12, { qualifier: "AT_LEAST", qualifierText: "at least", metric: "killed" })],
    ],
    [
      "The blast killed at least 12 people.",
      [figure("at least 12", 12, { qualifier: "AT_LEAST", qualifierText: "at least", metric: "killed" })],
    ],
    ["A dozen villagers died in the fire.", [figure("A dozen", 12, { metric: "killed" })]],
    [
      "Dozens of people were injured at the market.",
      [figure("Dozens of", 24, { qualifier: "AT_LEAST", qualifierText: "Dozens of", metric: "injured" })],
    ],
    [
      "Hundreds of homes lost power.",
      [figure("Hundreds of", 200, { qualifier: "AT_LEAST", qualifierText: "Hundreds of", metric: "homes" })],
    ],
    [
      "Rescuers pulled tens of thousands of residents out.",
      [
        figure("tens of thousands of", 20_000, {
          qualifier: "AT_LEAST",
          qualifierText: "tens of thousands of",
          metric: "residents",
        }),
      ],
    ],
    [
      "More than 600 buildings were damaged.",
      [figure("More than 600", 600, { qualifier: "MORE_THAN", qualifierText: "More than", metric: "buildings" })],
    ],
    [
      "The army fired up to 40 shells.",
      [figure("up to 40", 40, { qualifier: "UP_TO", qualifierText: "up to", metric: "shells" })],
    ],
    [
      "Officials counted 12 or more wounded.",
      [figure("12 or more", 12, { qualifier: "AT_LEAST", qualifierText: "or more", metric: "injured" })],
    ],
    [
      "Fewer than 12 patients were hurt.",
      [figure("Fewer than 12", 12, { qualifier: "FEWER_THAN", qualifierText: "Fewer than", metric: "injured" })],
    ],
  ])("%s", (text, expected) => {
    expect(all(text).map(summary)).toEqual(expected);
  });
});

describe("findFigures: several figures in one passage", () => {
  it("a qualifier before a bare list applies to every figure of it (documented choice)", () => {
    expect(all("The army said about 70 missiles and 150 drones were launched.").map(summary)).toEqual([
      figure("about 70", 70, { qualifier: "ABOUT", qualifierText: "about", metric: "missiles" }),
      figure("150", 150, { qualifier: "ABOUT", qualifierText: "about", metric: "drones" }),
    ]);
    expect(all("at least 12 dead and 90 injured").map((f) => [f.qualifier, f.metric])).toEqual([
      ["AT_LEAST", "killed"],
      ["AT_LEAST", "injured"],
    ]);
    expect(all("about 70 missiles, 150 drones and 3 bombers").map((f) => f.qualifier)).toEqual([
      "ABOUT",
      "ABOUT",
      "ABOUT",
    ]);
  });

  it("a verb between the figures ends the list: the second figure keeps its own qualifier", () => {
    expect(
      all("The shelling, killing at least 12 people and injuring 90, lasted all night.").map((f) => [
        f.valueLow,
        f.qualifier,
        f.metric,
      ]),
    ).toEqual([
      [12, "AT_LEAST", "killed"],
      [90, "EXACT", "injured"],
    ]);
    expect(all("at least 12 people were killed, 90 injured").map((f) => f.qualifier)).toEqual(["AT_LEAST", "EXACT"]);
    expect(all("about 70 missiles and up to 150 drones").map((f) => f.qualifier)).toEqual(["ABOUT", "UP_TO"]);
    expect(all("dozens of dead and 90 injured").map((f) => f.qualifier)).toEqual(["AT_LEAST", "EXACT"]);
  });

  it("subtypes keep their own metric", () => {
    expect(all("Air defence downed 11 ballistic missiles and 40 decoy drones.").map((f) => f.metric)).toEqual([
      "ballistic missiles",
      "decoy drones",
    ]);
  });
});

describe("findFigures: number formats", () => {
  it.each([
    ["Twelve fishermen and twenty-one divers were rescued.", [12, 21]],
    ["The fund holds 1,2 million euros.", [1_200_000]],
    ["The fund holds 1,200 euros.", [1200]],
    ["Turnout reached 12%.", [12]],
    ["The port handled 3,5 % more cargo.", [3.5]],
    ["A budget of $5bn and £2 million in loans.", [5e9, 2e6]],
  ])("%s", (text, values) => {
    expect(all(text).map((f) => f.valueLow)).toEqual(values);
  });

  it("reads percentages and currencies as units", () => {
    expect(all("Prices rose 12% and the city spent €40m.").map((f) => [f.text, f.unit])).toEqual([
      ["12%", "percent"],
      ["€40m", "EUR"],
    ]);
  });

  it.each([
    ["between 10 and 15 people died", "between 10 and 15", 10, 15, "killed"],
    ["10-15 drones crashed", "10-15", 10, 15, "drones"],
    ["10–15 drones crashed", "10–15", 10, 15, "drones"],
    ["10 to 15 ships sank", "10 to 15", 10, 15, "ships"],
    ["ten to fifteen million euros", "ten to fifteen million euros", 10_000_000, 15_000_000, null],
  ])("range: %s", (text, written, low, high, metric) => {
    expect(all(text).map(summary)).toEqual([
      figure(written, low, { valueHigh: high, metric, unit: text.includes("euros") ? "EUR" : null }),
    ]);
  });

  it("'from 12 to 19' is a change, so two figures, not a range", () => {
    expect(all("the toll rose from 12 to 19").map((f) => f.valueLow)).toEqual([12, 19]);
  });
});

describe("findFigures: what is not a count", () => {
  it.each([
    ["an age", "A 19-year-old was arrested; a man, 40 years old, fled."],
    ["dates", "The strike on 04/07/2025 followed the one on July 4 and 4 July."],
    ["years", "Since 2014 and in 2025 the border moved."],
    ["a bare year at the end", "The talks resumed in early 2025"],
    ["times", "Sirens sounded at 10:30 and again 3 min later, at 4 p.m., for two hours."],
    ["ordinals", "It was the 24th attack."],
    ["numbers in names", "The COVID-19 ward and the F-16 hangar reopened."],
  ])("%s", (_name, text) => {
    expect(all(text)).toEqual([]);
  });
});

describe("findFigures: offsets and context", () => {
  it("offsets are relative to the passage and give back its text", () => {
    const text = "Police said at least 12 people died and 90 were hurt.";
    const from = text.indexOf("12");
    const to = text.indexOf(" died");
    const [only, ...rest] = findFigures(text, from, to);
    expect(rest).toEqual([]);
    // The qualifier before the selection still qualifies the figure; the text is clipped to the passage.
    expect(only).toMatchObject({
      text: "12",
      start: 0,
      end: 2,
      qualifier: "AT_LEAST",
      qualifierText: "at least",
      metric: "killed",
    });
    expect(text.slice(from, to).slice(only!.start, only!.end)).toBe(only!.text);
  });

  it("skips figures outside the passage", () => {
    const text = "Officials counted 5 drones. Later 7 missiles hit.";
    const from = text.indexOf("Later");
    expect(findFigures(text, from, text.length).map((f) => f.valueLow)).toEqual([7]);
  });
});
