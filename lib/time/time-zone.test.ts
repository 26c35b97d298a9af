import { describe, expect, it } from "vitest";
import { isTimeZone, pickTimeZone } from "./time-zone";
import { timeZoneGroups } from "./time-zone-options";

describe("isTimeZone", () => {
  it("accepts IANA names, also current spellings the runtime's list may lag behind", () => {
    for (const name of [
      "Europe/Kyiv",
      "Europe/Kiev",
      "America/New_York",
      "Asia/Kolkata",
      "America/Argentina/Buenos_Aires",
      "UTC",
    ])
      expect(isTimeZone(name)).toBe(true);
  });

  it("refuses anything else: unknown zones, offsets, odd text, non-strings", () => {
    for (const name of [
      "Mars/Olympus_Mons",
      "+02:00",
      "GMT+2 ",
      "Europe/Kyiv; path=/",
      "",
      "a".repeat(65),
      "../etc/passwd",
    ])
      expect(isTimeZone(name)).toBe(false);
    expect(isTimeZone(null)).toBe(false);
    expect(isTimeZone(42)).toBe(false);
  });
});

describe("pickTimeZone", () => {
  it("takes the person's setting, else the browser's cookie, else UTC; invalid candidates are skipped", () => {
    expect(pickTimeZone("Asia/Kolkata", "Europe/Kyiv")).toBe("Asia/Kolkata");
    expect(pickTimeZone(null, "Europe/Kyiv")).toBe("Europe/Kyiv");
    expect(pickTimeZone(null, "Not/A_Zone")).toBe("UTC");
    expect(pickTimeZone(undefined, undefined)).toBe("UTC");
  });
});

describe("timeZoneGroups", () => {
  const groups = timeZoneGroups(new Date("2026-01-15T12:00:00Z"), ["Europe/Kyiv"]);
  const zone = (id: string) => groups.flatMap((g) => g.zones).find((z) => z.id === id);

  it("starts with UTC, then one group per region, each zone with its offset at that instant", () => {
    expect(groups[0]).toEqual({
      region: "Universal",
      zones: [{ id: "UTC", label: "UTC (Coordinated Universal Time)" }],
    });
    expect(groups.map((g) => g.region)).toEqual(expect.arrayContaining(["Europe", "America", "Asia"]));
    expect(zone("Europe/Kyiv")?.label).toBe("Kyiv (UTC+02:00)");
    expect(zone("America/Indiana/Knox")?.label).toBe("Knox, Indiana (UTC-06:00)");
    expect(zone("Europe/London")?.label).toBe("London (UTC)");
  });

  it("lists renamed zones under their current names", () => {
    expect(zone("Asia/Kolkata")?.label).toBe("Kolkata (UTC+05:30)");
    expect(zone("Asia/Calcutta")).toBeUndefined();
  });
});
