import { describe, expect, it } from "vitest";
import { normalizeLabel } from "@/lib/claims/compare/normalize-label";
import { eventDay } from "@/lib/claims/extract/event-day";
import { hasEventInfo, sameEvent } from "./same-event";

describe("normalizeLabel", () => {
  it.each([
    ["The Kiev strike.", "kyiv strike"],
    ["  Russian   STRIKE on Kyiv ", "russian strike on kyiv"],
    ["Zaporozhye", "zaporizhzhia"],
    ["Gahr Støre", "gahr store"],
    ["Zelensky's visit", "zelenskys visit"],
    [null, ""],
    ["—", ""],
  ])("%s → %s", (text, expected) => {
    expect(normalizeLabel(text)).toBe(expected);
  });
});

describe("eventDay", () => {
  it.each([
    ["2025-04-24", "2025-04-24"],
    ["2025-04-24T23:30:00+03:00", "2025-04-24"],
    [new Date("2025-07-04T00:00:00Z"), "2025-07-04"],
    ["July 4, 2025 12:00 UTC", "2025-07-04"],
    ["not a date", null],
    [null, null],
    [undefined, null],
  ])("%s → %s", (date, expected) => {
    expect(eventDay(date)).toBe(expected);
  });
});

describe("sameEvent", () => {
  const kyivApril = { eventLabel: "Russian strike on Kyiv", eventDate: "2025-04-24", eventPlace: "Kyiv" };

  it.each([
    ["same label, same day", kyivApril, { ...kyivApril }, true],
    [
      "same label modulo case, punctuation and spelling",
      kyivApril,
      { eventLabel: "russian strike on Kiev!", eventDate: null, eventPlace: null },
      true,
    ],
    ["same label, one day missing", kyivApril, { eventLabel: "Russian strike on Kyiv" }, true],
    ["same label, different days: two nights", kyivApril, { ...kyivApril, eventDate: "2025-07-04" }, false],
    [
      "different labels, same day and place",
      kyivApril,
      { eventLabel: "Kyiv attack", eventDate: "2025-04-24", eventPlace: "Kiev" },
      true,
    ],
    [
      "no labels, same day and place",
      { eventDate: "2025-04-24", eventPlace: "Kyiv" },
      { eventDate: "2025-04-24T10:00:00Z", eventPlace: "kyiv" },
      true,
    ],
    [
      "no labels, same day, different places",
      { eventDate: "2025-04-24", eventPlace: "Kyiv" },
      { eventDate: "2025-04-24", eventPlace: "Kharkiv" },
      false,
    ],
    [
      "no labels, same place, one day missing",
      { eventDate: "2025-04-24", eventPlace: "Kyiv" },
      { eventPlace: "Kyiv" },
      false,
    ],
    ["no event information on one side", kyivApril, {}, false],
    ["no event information on either side", {}, {}, false],
  ])("%s → %s", (_name, a, b, expected) => {
    expect(sameEvent(a, b)).toBe(expected);
    expect(sameEvent(b, a)).toBe(expected);
  });

  it("hasEventInfo needs a label, or a day and a place", () => {
    expect(hasEventInfo({ eventLabel: "Kyiv strike" })).toBe(true);
    expect(hasEventInfo({ eventDate: "2025-04-24", eventPlace: "Kyiv" })).toBe(true);
    expect(hasEventInfo({ eventDate: "2025-04-24" })).toBe(false);
    expect(hasEventInfo({ eventPlace: "Kyiv" })).toBe(false);
    expect(hasEventInfo({ eventLabel: "  ", eventPlace: "Kyiv" })).toBe(false);
  });
});
