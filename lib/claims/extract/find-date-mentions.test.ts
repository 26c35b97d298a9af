import { describe, expect, it } from "vitest";
import { findDateMentions } from "./find-date-mentions";

// A Thursday.
const published = new Date("2025-07-10T08:00:00Z");
const days = (text: string, reference: Date | null = published) => findDateMentions(text, reference).map((m) => m.day);

describe("findDateMentions", () => {
  it.each([
    ["on 4 July 2025", "2025-07-04"],
    ["on the 4th of July, 2024", "2024-07-04"],
    ["on July 4, 2025", "2025-07-04"],
    ["on Sept. 3, 2024", "2024-09-03"],
    ["on 2025-07-04", "2025-07-04"],
    ["on 04.07.2025", "2025-07-04"],
    ["on 25/12/2024", "2024-12-25"],
    ["on 12/25/2024", "2024-12-25"],
  ])("explicit: %s", (text, day) => {
    expect(days(text, null)).toEqual([day]);
  });

  it.each([
    ["on 4 July", "2025-07-04"],
    ["on July 14", "2025-07-14"],
    // More than a week after publication: last year's.
    ["on 24 December", "2024-12-24"],
    ["on Monday", "2025-07-07"],
    ["on Thursday", "2025-07-10"],
    ["on Friday night", "2025-07-04"],
    ["yesterday", "2025-07-09"],
    ["Last night", "2025-07-09"],
    ["today", "2025-07-10"],
  ])("relative to the publication day: %s", (text, day) => {
    expect(days(text)).toEqual([day]);
  });

  it("relative days need a publication day", () => {
    expect(days("on Monday, on 4 July, yesterday", null)).toEqual([]);
  });

  it.each([
    ["ambiguous slashed dates", "on 04/07/2025"],
    ["a month alone", "in July"],
    ["a year alone", "in 2025"],
    ["impossible days", "on 31 June 2025 and on 2025-02-30"],
    ["lower-case month words", "12 may die"],
    ["days that are not when it happened", "since 4 July, until Monday, by Friday, next Tuesday"],
  ])("not read: %s", (_name, text) => {
    expect(days(text)).toEqual([]);
  });

  it("reports offsets, in text order", () => {
    const text = "Between 4 July 2025 and Monday";
    expect(findDateMentions(text, published).map((m) => text.slice(m.start, m.end))).toEqual(["4 July 2025", "Monday"]);
  });

  it("ignores an invalid or out-of-range reference", () => {
    expect(days("on Monday", new Date(Number.NaN))).toEqual([]);
    expect(days("on Monday", new Date(8.64e15))).toEqual([]);
  });
});
