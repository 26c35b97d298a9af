import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValueQualifier } from "@/lib/generated/prisma/enums";
import {
  describeDisagreement,
  formatClaimedValue,
  intersects,
  toInterval,
  valueCanRiseTo,
  valuesCompatible,
  type ClaimedValue,
} from "./compare-values";

const v = (
  valueLow: number,
  qualifier: ValueQualifier | null = "EXACT",
  more: Partial<ClaimedValue> = {},
): ClaimedValue => ({ valueLow, qualifier, ...more });

describe("toInterval", () => {
  it.each([
    [v(12), { low: 12, high: 12, lowOpen: false, highOpen: false }],
    [v(12, "AT_LEAST"), { low: 12, high: Infinity, lowOpen: false, highOpen: true }],
    [v(12, "MORE_THAN"), { low: 12, high: Infinity, lowOpen: true, highOpen: true }],
    [v(70, "UP_TO"), { low: 0, high: 70, lowOpen: false, highOpen: false }],
    [v(70, "FEWER_THAN"), { low: 0, high: 70, lowOpen: false, highOpen: true }],
    [v(70, "ABOUT"), { low: 63, high: 77, lowOpen: false, highOpen: false }],
    [v(5, "ABOUT"), { low: 4, high: 6, lowOpen: false, highOpen: false }],
    [v(10, "EXACT", { valueHigh: 15 }), { low: 10, high: 15, lowOpen: false, highOpen: false }],
    [v(10, "ABOUT", { valueHigh: 20 }), { low: 9, high: 22, lowOpen: false, highOpen: false }],
    [v(10, "AT_LEAST", { valueHigh: 15 }), { low: 10, high: Infinity, lowOpen: false, highOpen: true }],
    [v(10, "UP_TO", { valueHigh: 15 }), { low: 0, high: 15, lowOpen: false, highOpen: false }],
    [v(-3, "UP_TO"), { low: -Infinity, high: -3, lowOpen: false, highOpen: false }],
    [v(12, null), { low: 12, high: 12, lowOpen: false, highOpen: false }],
  ])("%o", (value, expected) => {
    expect(toInterval(value)).toEqual(expected);
  });

  it("ignores a valueHigh below valueLow (bad data stays a single value)", () => {
    expect(toInterval(v(12, "EXACT", { valueHigh: 3 }))).toMatchObject({ low: 12, high: 12 });
  });
});

describe("valuesCompatible", () => {
  it.each([
    ["at least 12 / at least 19", v(12, "AT_LEAST"), v(19, "AT_LEAST"), true],
    ["at least 12 / exactly 9", v(12, "AT_LEAST"), v(9), false],
    ["at least 12 / exactly 12", v(12, "AT_LEAST"), v(12), true],
    ["11 missiles / about 70 missiles", v(11), v(70, "ABOUT"), false],
    ["68 / about 70", v(68), v(70, "ABOUT"), true],
    ["more than 12 / exactly 12", v(12, "MORE_THAN"), v(12), false],
    ["more than 12 / exactly 13", v(12, "MORE_THAN"), v(13), true],
    ["up to 70 / 70", v(70, "UP_TO"), v(70), true],
    ["up to 70 / more than 70", v(70, "UP_TO"), v(70, "MORE_THAN"), false],
    ["fewer than 70 / at least 70", v(70, "FEWER_THAN"), v(70, "AT_LEAST"), false],
    ["fewer than 70 / at least 69", v(70, "FEWER_THAN"), v(69, "AT_LEAST"), true],
    ["up to 10 / at least 10", v(10, "UP_TO"), v(10, "AT_LEAST"), true],
    ["10–15 / 12", v(10, "EXACT", { valueHigh: 15 }), v(12), true],
    ["10–15 / 16", v(10, "EXACT", { valueHigh: 15 }), v(16), false],
    ["10–15 / at least 15", v(10, "EXACT", { valueHigh: 15 }), v(15, "AT_LEAST"), true],
    ["12 / 12", v(12), v(12), true],
    ["12 / 13", v(12), v(13), false],
    ["8.5% / 8.5 percent", v(8.5, "EXACT", { unit: "%" }), v(8.5, "EXACT", { unit: "percent" }), true],
    [
      "40m EUR / 45m USD: not comparable, so no conflict",
      v(40e6, "EXACT", { unit: "EUR" }),
      v(45e6, "EXACT", { unit: "USD" }),
      true,
    ],
    ["40m EUR / 45m (no unit): compared", v(40e6, "EXACT", { unit: "EUR" }), v(45e6), false],
    ["40m euros / 40m EUR", v(40e6, "EXACT", { unit: "euros" }), v(40e6, "EXACT", { unit: "EUR" }), true],
  ])("%s → %s", (_name, a, b, expected) => {
    expect(valuesCompatible(a, b)).toBe(expected);
    expect(valuesCompatible(b, a)).toBe(expected);
  });
});

const qualifier = fc.constantFrom(...Object.values(ValueQualifier));
const claimed = fc.record({
  valueLow: fc.integer({ min: 1, max: 10_000 }),
  qualifier,
  valueHigh: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: null }),
});

describe("valuesCompatible: properties", () => {
  it("is symmetric", () => {
    fc.assert(fc.property(claimed, claimed, (a, b) => valuesCompatible(a, b) === valuesCompatible(b, a)));
  });

  it("is reflexive for any non-empty claim", () => {
    fc.assert(fc.property(claimed, (a) => valuesCompatible(a, a)));
  });

  it("two exact numbers agree only when equal", () => {
    fc.assert(fc.property(fc.integer(), fc.integer(), (a, b) => valuesCompatible(v(a), v(b)) === (a === b)));
  });

  it("two lower bounds always agree, and so do two upper bounds", () => {
    const n = fc.integer({ min: 0, max: 1e6 });
    fc.assert(fc.property(n, n, (a, b) => valuesCompatible(v(a, "AT_LEAST"), v(b, "MORE_THAN"))));
    fc.assert(fc.property(n, n, (a, b) => valuesCompatible(v(a, "UP_TO"), v(b, "UP_TO"))));
  });

  it("agrees with a brute-force search for a value both claims allow", () => {
    const allows = (c: ClaimedValue, x: number) => {
      const i = toInterval(c);
      return (i.lowOpen ? x > i.low : x >= i.low) && (i.highOpen ? x < i.high : x <= i.high);
    };
    fc.assert(
      fc.property(claimed, claimed, (a, b) => {
        // If the intervals meet, one of their finite ends or a midpoint between two ends lies in both.
        const ends = [a, b]
          .flatMap((c) => [toInterval(c).low, toInterval(c).high])
          .filter(Number.isFinite)
          .sort((x, y) => x - y);
        const candidates = [...ends, ...ends.slice(1).map((end, k) => (end + ends[k]!) / 2), ends.at(-1)! + 1];
        expect(valuesCompatible(a, b)).toBe(candidates.some((x) => allows(a, x) && allows(b, x)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("intersects", () => {
  it("open and closed ends meeting at one point", () => {
    const closed = { low: 0, high: 5, lowOpen: false, highOpen: false };
    expect(intersects(closed, { low: 5, high: 9, lowOpen: false, highOpen: false })).toBe(true);
    expect(intersects(closed, { low: 5, high: 9, lowOpen: true, highOpen: false })).toBe(false);
    expect(intersects({ ...closed, highOpen: true }, { low: 5, high: 9, lowOpen: false, highOpen: false })).toBe(false);
  });
});

describe("valueCanRiseTo (tolls that only grow)", () => {
  it.each([
    ["12 then 19", v(12), v(19), true],
    ["at least 12 then at least 19", v(12, "AT_LEAST"), v(19, "AT_LEAST"), true],
    ["19 then 12: a toll does not fall", v(19), v(12), false],
    ["at least 19 then 9", v(19, "AT_LEAST"), v(9), false],
    ["about 20 then 19", v(20, "ABOUT"), v(19), true],
    ["more than 12 then 12", v(12, "MORE_THAN"), v(12), false],
    ["12 then up to 12", v(12), v(12, "UP_TO"), true],
    ["EUR then USD: not comparable", v(19, "EXACT", { unit: "EUR" }), v(1, "EXACT", { unit: "USD" }), true],
  ])("%s → %s", (_name, earlier, later, expected) => {
    expect(valueCanRiseTo(earlier, later)).toBe(expected);
  });

  it("whatever is compatible now can also be a later reading", () => {
    fc.assert(fc.property(claimed, claimed, (a, b) => !valuesCompatible(a, b) || valueCanRiseTo(a, b)));
  });
});

describe("formatClaimedValue and describeDisagreement", () => {
  it.each([
    [v(12, "AT_LEAST"), "at least 12"],
    [v(3400, "ABOUT"), "about 3,400"],
    [v(10, "EXACT", { valueHigh: 15 }), "10–15"],
    [v(8.5, "MORE_THAN", { unit: "percent" }), "more than 8.5%"],
    [v(40e6, "UP_TO", { unit: "EUR" }), "up to 40,000,000 EUR"],
    [v(9, "FEWER_THAN"), "fewer than 9"],
    [v(9, null), "9"],
  ])("%o → %s", (value, expected) => {
    expect(formatClaimedValue(value)).toBe(expected);
  });

  it("names the metric and both figures", () => {
    expect(describeDisagreement(v(12, "AT_LEAST"), v(9), "killed")).toBe(
      '"killed": one claim says at least 12, another says 9 — both cannot be true. Which holds?',
    );
    expect(describeDisagreement(v(11), v(70, "ABOUT"))).toMatch(/^One claim says 11, another says about 70/);
  });
});
