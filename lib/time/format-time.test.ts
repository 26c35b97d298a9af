import { describe, expect, it } from "vitest";
import {
  describeTimeZone,
  formatCalendarDay,
  formatDay,
  formatDayTime,
  formatOffset,
  formatTime,
  isoCalendarDay,
  isoInstant,
} from "./format-time";

const at = (iso: string) => new Date(iso);

describe("formatDayTime in the viewer's zone", () => {
  it("follows Kyiv's daylight saving: UTC+2 in winter, UTC+3 in summer", () => {
    expect(formatDayTime(at("2026-01-15T12:00:00Z"), "Europe/Kyiv")).toBe("15 Jan 2026, 14:00");
    expect(formatDayTime(at("2026-07-15T12:00:00Z"), "Europe/Kyiv")).toBe("15 Jul 2026, 15:00");
  });

  it("jumps an hour at the spring change (Kyiv, 29 March 2026 at 01:00 UTC)", () => {
    expect(formatDayTime(at("2026-03-29T00:30:00Z"), "Europe/Kyiv")).toBe("29 Mar 2026, 02:30");
    expect(formatDayTime(at("2026-03-29T01:30:00Z"), "Europe/Kyiv")).toBe("29 Mar 2026, 04:30");
  });

  it("follows New York: UTC-5 in winter, UTC-4 from 8 March 2026", () => {
    expect(formatDayTime(at("2026-01-15T12:00:00Z"), "America/New_York")).toBe("15 Jan 2026, 07:00");
    expect(formatDayTime(at("2026-03-08T06:59:00Z"), "America/New_York")).toBe("8 Mar 2026, 01:59");
    expect(formatDayTime(at("2026-03-08T07:00:00Z"), "America/New_York")).toBe("8 Mar 2026, 03:00");
  });

  it("handles half-hour offsets (Kolkata, UTC+05:30, no daylight saving)", () => {
    expect(formatDayTime(at("2026-01-15T12:00:00Z"), "Asia/Kolkata")).toBe("15 Jan 2026, 17:30");
    expect(formatDayTime(at("2026-07-15T20:45:00Z"), "Asia/Kolkata")).toBe("16 Jul 2026, 02:15");
  });

  it("gives UTC unchanged", () => {
    expect(formatDayTime(at("2026-12-06T20:32:00Z"), "UTC")).toBe("6 Dec 2026, 20:32");
    expect(formatTime(at("2026-12-06T20:32:05Z"), "UTC", "dayTimeSeconds")).toBe("6 Dec 2026, 20:32:05");
  });
});

describe("days", () => {
  it("an instant's day depends on the zone", () => {
    const lateEvening = at("2026-03-01T02:00:00Z");
    expect(formatDay(lateEvening, "America/New_York")).toBe("28 Feb 2026");
    expect(formatDay(lateEvening, "Europe/Kyiv")).toBe("1 Mar 2026");
  });

  it("a calendar day (stored as UTC midnight) is the same day everywhere, and ISO as YYYY-MM-DD", () => {
    const published = at("2026-03-01T00:00:00Z");
    expect(formatCalendarDay(published)).toBe("1 Mar 2026");
    expect(formatCalendarDay(published, "longDay")).toBe("1 March 2026");
    expect(isoCalendarDay(published)).toBe("2026-03-01");
  });
});

describe("offsets and zone labels", () => {
  it("writes the offset in force at that instant", () => {
    expect(formatOffset("Europe/Kyiv", at("2026-01-15T12:00:00Z"))).toBe("UTC+02:00");
    expect(formatOffset("Europe/Kyiv", at("2026-07-15T12:00:00Z"))).toBe("UTC+03:00");
    expect(formatOffset("America/New_York", at("2026-01-15T12:00:00Z"))).toBe("UTC-05:00");
    expect(formatOffset("Asia/Kolkata", at("2026-01-15T12:00:00Z"))).toBe("UTC+05:30");
    expect(formatOffset("UTC", at("2026-01-15T12:00:00Z"))).toBe("UTC");
  });

  it("names the zone with its offset; UTC alone", () => {
    expect(describeTimeZone("Europe/Kyiv", at("2026-07-15T12:00:00Z"))).toBe("Europe/Kyiv (UTC+03:00)");
    expect(describeTimeZone("UTC")).toBe("UTC");
  });

  it("writes instants as ISO 8601 with the Z offset, to the second", () => {
    expect(isoInstant(at("2026-11-20T10:00:00.000Z"))).toBe("2026-11-20T10:00:00Z");
  });
});

describe("in the viewer's language", () => {
  it("writes Ukrainian dates with Ukrainian month names; English stays British", () => {
    const winter = at("2026-01-15T12:00:00Z");
    expect(formatDayTime(winter, "Europe/Kyiv", "en")).toBe("15 Jan 2026, 14:00");
    expect(formatDayTime(winter, "Europe/Kyiv", "uk")).toMatch(/^15 січ\. 2026 р\., 14:00$/);
    expect(formatCalendarDay(at("2026-03-01T00:00:00Z"), "longDay", "uk")).toMatch(/^1 березня 2026 р\.$/);
  });
});
