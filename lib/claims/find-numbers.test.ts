import { describe, expect, it } from "vitest";
import { findNumbers } from "./find-numbers";

const values = (text: string) => findNumbers(text).map((m) => (m.unit ? `${m.value} ${m.unit}` : m.value));

describe("findNumbers", () => {
  it("reports offsets of the figure as written, the raw number and the scaled value", () => {
    const text = "about €40 million, said the minister";
    expect(findNumbers(text)).toEqual([{ start: 6, end: 17, value: 40_000_000, raw: 40, unit: "EUR" }]);
    expect(text.slice(6, 17)).toBe("€40 million");
  });

  it.each([
    ["5,000 and 5000 and 1,234,567", [5000, 5000, 1_234_567]],
    ["8.5% and .5 percent and 2 per cent", ["8.5 percent", "0.5 percent", "2 percent"]],
    ["twelve, twenty-one, ninety nine, a dozen, two dozen", [12, 21, 99, 12, 24]],
    ["a hundred, three thousand, two hundred thousand", [100, 3000, 200_000]],
    [
      "$5bn, €40m, 3k, £2 million, 10 hryvnias, 7 roubles",
      ["5000000000 USD", "40000000 EUR", 3000, "2000000 GBP", "10 UAH", "7 RUB"],
    ],
    ["2000 drones, not the year 2000.", [2000]],
    ["1,2 million and 3,5% and 2,75 billion euros", [1_200_000, "3.5 percent", "2750000000 EUR"]],
    ["1,200 and 12,500,000", [1200, 12_500_000]],
    ["killed at least 12, injuring 90", [12, 90]],
    ["1999 people, and 2000 soldiers", [1999, 2000]],
  ])("%s", (text, expected) => {
    expect(values(text)).toEqual(expected);
  });

  it.each([
    ["dates", "on april 24, 24 april, 3 of may and 04/07/2025"],
    ["years", "in 2014, since 1991, by 2030 and in late 2024"],
    ["times and ordinals", "at 10:30 on the 24th"],
    ["numbers glued to words", "an 11-year-old, the g7, 3d printing"],
    ["words inside words", "someone, often, tension, seventh, a, an, no one"],
    ["the pronoun one", "the one on monday, this one, which one, they blamed one another"],
    ["a decimal comma without a scale word or percent", "1,2 and 3,45"],
    ["clock times and durations", "at 3 p.m., at 9am, 3 min later, for two hours, 40 seconds, at 7 o'clock"],
    ["ages", "a man, 19 years old, and a 7-month-old"],
    ["numbers after a word and a hyphen", "covid-19, f-16 jets, mid-2024"],
    ["street numbers", "a missile hit 14 saksahanskoho street and 27 shevchenko avenue"],
    ["numbered things", "school no. 5, bus 12 and platform 3"],
    ["ages set off by commas", "a woman, 81, and oksana ivanchuk, 54, were hurt"],
    ["a year before a singular noun", "parliament backs the 2026 budget"],
  ])("skips %s", (_name, text) => {
    expect(findNumbers(text)).toEqual([]);
  });
});
