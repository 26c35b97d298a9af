import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseClaimValue, type ClaimValueSuggestion } from "./parse-value";

const value = (
  valueLow: number,
  qualifier: ClaimValueSuggestion["qualifier"],
  more: Partial<ClaimValueSuggestion> = {},
) => ({
  valueLow,
  valueHigh: valueLow,
  qualifier,
  ...more,
});

describe("parseClaimValue: casualties", () => {
  it.each([
    ["at least 12 dead", value(12, "AT_LEAST", { metric: "killed" })],
    ["killed at least 12 people", value(12, "AT_LEAST", { metric: "killed" })],
    ["at least 12 people were killed", value(12, "AT_LEAST", { metric: "killed" })],
    ["leaving at least 12 dead", value(12, "AT_LEAST", { metric: "killed" })],
    ["12 people died", value(12, "EXACT", { metric: "killed" })],
    ["12 villagers died", value(12, "EXACT", { metric: "killed" })],
    ["twelve fishermen were reported killed", value(12, "EXACT", { metric: "killed" })],
    ["12 homes were destroyed", value(12, "EXACT", { metric: "homes" })],
    ["12 deaths", value(12, "EXACT", { metric: "killed" })],
    ["the death toll rose to 12", value(12, "EXACT", { metric: "killed" })],
    ["twelve people lost their lives", value(12, "EXACT", { metric: "killed" })],
    ["a dozen dead", value(12, "EXACT", { metric: "killed" })],
    ["one dead", value(1, "EXACT", { metric: "killed" })],
    ["injured 90 others", value(90, "EXACT", { metric: "injured" })],
    ["90 injured", value(90, "EXACT", { metric: "injured" })],
    ["at least 26 wounded", value(26, "AT_LEAST", { metric: "injured" })],
    ["90 people were hurt", value(90, "EXACT", { metric: "injured" })],
    ["twenty-one civilians have been wounded", value(21, "EXACT", { metric: "injured" })],
  ])("%s", (text, expected) => {
    expect(parseClaimValue(text)).toEqual(expected);
  });
});

describe("parseClaimValue: qualifiers", () => {
  it.each([
    ["about 3,400 residents", value(3400, "ABOUT", { metric: "residents" })],
    ["some 3,400 local residents", value(3400, "ABOUT", { metric: "residents" })],
    ["2,000 air-raid alerts", value(2000, "EXACT", { metric: "alerts" })],
    ["more than 5,000", value(5000, "MORE_THAN")],
    ["over 5,000 homes", value(5000, "MORE_THAN", { metric: "homes" })],
    ["up to 70 drones", value(70, "UP_TO", { metric: "drones" })],
    ["as many as 70 drones", value(70, "UP_TO", { metric: "drones" })],
    ["no more than 70 drones", value(70, "UP_TO", { metric: "drones" })],
    ["fewer than 10 missiles", value(10, "FEWER_THAN", { metric: "missiles" })],
    ["nearly 100 drones", value(100, "ABOUT", { metric: "drones" })],
    ["12 or more dead", value(12, "AT_LEAST", { metric: "killed" })],
  ])("%s", (text, expected) => {
    expect(parseClaimValue(text)).toEqual(expected);
  });
});

describe("parseClaimValue: what is counted", () => {
  it.each([
    ["11 missiles", value(11, "EXACT", { metric: "missiles" })],
    ["one missile", value(1, "EXACT", { metric: "missiles" })],
    ["539 drones", value(539, "EXACT", { metric: "drones" })],
    ["539 Russian drones", value(539, "EXACT", { metric: "drones" })],
    // Subtypes stay distinct from the total (see normalize-metric.ts).
    ["4 ballistic missiles", value(4, "EXACT", { metric: "ballistic missiles" })],
    ["two cruise missiles", value(2, "EXACT", { metric: "cruise missiles" })],
    ["12 drones were shot down and nobody was hurt", value(12, "EXACT", { metric: "drones" })],
  ])("%s", (text, expected) => {
    expect(parseClaimValue(text)).toEqual(expected);
  });
});

describe("parseClaimValue: number formats and units", () => {
  it.each([
    ["40 million euros", value(40_000_000, "EXACT", { unit: "EUR" })],
    ["€40m in aid", value(40_000_000, "EXACT", { unit: "EUR" })],
    ["$1.5 billion", value(1_500_000_000, "EXACT", { unit: "USD" })],
    ["8.5%", value(8.5, "EXACT", { unit: "percent" })],
    ["74% of Russians", value(74, "EXACT", { unit: "percent" })],
    ["at least 2 per cent of GDP", value(2, "AT_LEAST", { unit: "percent" })],
    ["about 1,234,567 voters", value(1_234_567, "ABOUT", { metric: "voters" })],
    ["two hundred thousand people", value(200_000, "EXACT", { metric: "people" })],
    ["more than 0.5 percent", value(0.5, "MORE_THAN", { unit: "percent" })],
  ])("%s", (text, expected) => {
    expect(parseClaimValue(text)).toEqual(expected);
  });
});

describe("parseClaimValue: ranges", () => {
  it.each([
    ["between 10 and 15", { valueLow: 10, valueHigh: 15, qualifier: "EXACT" }],
    ["10 to 15 drones", { valueLow: 10, valueHigh: 15, qualifier: "EXACT", metric: "drones" }],
    ["10-15 dead", { valueLow: 10, valueHigh: 15, qualifier: "EXACT", metric: "killed" }],
    ["10–15%", { valueLow: 10, valueHigh: 15, qualifier: "EXACT", unit: "percent" }],
    ["ten to fifteen million", { valueLow: 10_000_000, valueHigh: 15_000_000, qualifier: "EXACT" }],
    ["between 500 and 2 million", { valueLow: 500, valueHigh: 2_000_000, qualifier: "EXACT" }],
    ["about 10 to 15 million euros", { valueLow: 10_000_000, valueHigh: 15_000_000, qualifier: "ABOUT", unit: "EUR" }],
  ])("%s", (text, expected) => {
    expect(parseClaimValue(text)).toEqual(expected);
  });
});

describe("parseClaimValue: dates are context, not figures", () => {
  it.each([
    ["The April 24 assault killed at least 12 people", value(12, "AT_LEAST", { metric: "killed" })],
    ["On 24 April, 90 were injured", value(90, "EXACT", { metric: "injured" })],
    ["annexed in 2014, 22 states met the target", value(22, "EXACT", { metric: "states" })],
  ])("%s", (text, expected) => {
    expect(parseClaimValue(text)).toEqual(expected);
  });
});

describe("parseClaimValue: null when unsure", () => {
  it.each([
    ["", "empty"],
    ["no figure here", "no number"],
    ["12", "a bare number: nothing says what it counts or how exact it is"],
    ["in 2014", "a year"],
    ["04/07/2025", "a date"],
    ["at 10:30", "a time"],
    ["the 24th", "an ordinal"],
    ["an 11-year-old boy", "an age"],
    ["at least 12 dead and 90 injured", "two figures: the editor selects one"],
    ["11 missiles and 539 drones", "two figures"],
    ["5000 soldiers a week are dying", "a rate, not a count"],
    ["the toll rose from 12 to 19", "a change, not a range"],
    ["between 15 and 10", "an inverted range"],
    ["hundreds of people", "vague"],
    ["dozens were hurt", "vague"],
    ["no one was hurt", "'one' in 'no one'"],
    ["12 killed as 40 were wounded nearby", "two figures"],
    ["1,2 million", "a decimal comma is ambiguous"],
    ["x".repeat(700) + " 12 dead", "too long to be one figure"],
  ])("%s (%s)", (text) => {
    expect(parseClaimValue(text)).toBeNull();
  });

  it("a killed-word before and an injured-word after the number contradict each other", () => {
    expect(parseClaimValue("killed 12 injured")).toBeNull();
  });
});

describe("parseClaimValue: properties", () => {
  it("reads back any integer written with thousands separators after 'at least'", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
        const text = `at least ${n.toLocaleString("en-US")} drones`;
        expect(parseClaimValue(text)).toEqual(value(n, "AT_LEAST", { metric: "drones" }));
      }),
    );
  });

  it("never throws, and any suggestion has ordered finite values", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const result = parseClaimValue(text);
        if (result) {
          expect(Number.isFinite(result.valueLow)).toBe(true);
          expect(result.valueHigh!).toBeGreaterThanOrEqual(result.valueLow!);
        }
      }),
    );
  });

  it("case and curly apostrophes do not matter", () => {
    expect(parseClaimValue("AT LEAST 12 DEAD")).toEqual(parseClaimValue("at least 12 dead"));
    expect(parseClaimValue("12\u00a0people were killed")).toEqual(value(12, "EXACT", { metric: "killed" }));
  });
});
