import { describe, expect, it } from "vitest";
import { normalizeMetric } from "./normalize-metric";

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
