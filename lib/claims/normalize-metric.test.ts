import { describe, expect, it } from "vitest";
import { metricSpellings, normalizeMetric } from "./normalize-metric";

describe("normalizeMetric", () => {
  it.each([
    ["killed", "killed"],
    ["Dead", "killed"],
    ["died", "killed"],
    ["deaths", "killed"],
    ["death toll", "killed"],
    ["wounded", "injured"],
    ["hurt", "injured"],
    ["Injuries", "injured"],
    ["missile", "missiles"],
    ["Russian missiles", "missiles"],
    ["UAVs", "drones"],
    ["drone", "drones"],
    // Subtypes are not totals: kept apart on purpose.
    ["ballistic missile", "ballistic missiles"],
    ["Russian cruise missiles", "cruise missiles"],
    ["decoy drones", "decoy drones"],
    ["  Residents ", "residents"],
    ["more", "more"],
  ])("%s → %s", (raw, expected) => {
    expect(normalizeMetric(raw)).toBe(expected);
  });
});

describe("metricSpellings", () => {
  it("lists the stored spellings that normalize to the metric, the metric first", () => {
    expect(metricSpellings("killed")).toEqual(expect.arrayContaining(["killed", "dead", "died", "death toll"]));
    expect(metricSpellings("killed")[0]).toBe("killed");
    expect(metricSpellings("ballistic missiles")).toEqual(["ballistic missiles", "ballistic missile"]);
    expect(metricSpellings("households")).toEqual(["households"]);
    for (const metric of ["killed", "injured", "missiles", "shahed drones", "households"])
      for (const spelling of metricSpellings(metric)) expect(normalizeMetric(spelling), spelling).toBe(metric);
  });
});
