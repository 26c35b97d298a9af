import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { eventBuckets, sameEventPairs } from "./detect-figure-conflicts";
import { sameEvent, type EventInfo } from "./same-event";

// few values each, so that labels, days and places collide often
const event: fc.Arbitrary<EventInfo> = fc.record({
  eventLabel: fc.constantFrom(null, "", "Strike on Kyiv", "strike on  KYIV", "Flood in Odesa"),
  eventDate: fc.constantFrom(null, "2025-04-24", "2025-04-25", new Date("2025-04-24T23:30:00Z")),
  eventPlace: fc.constantFrom(null, "", "Kyiv", "kyiv", "Odesa"),
});

describe("sameEventPairs", () => {
  it("finds exactly the pairs sameEvent accepts, comparing only claims that share a label or a day and place", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 40 }), (group) => {
        const everyPair: [number, number][] = [];
        for (let i = 0; i < group.length; i++)
          for (let j = i + 1; j < group.length; j++) if (sameEvent(group[i]!, group[j]!)) everyPair.push([i, j]);
        const sorted = (pairs: [number, number][]) => [...pairs].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
        expect(sorted(sameEventPairs(group))).toEqual(everyPair);
      }),
      { numRuns: 300 },
    );
  });

  it("does not compare claims with nothing in common: 5,000 claims on 5,000 days give no pair", () => {
    const group = Array.from({ length: 5_000 }, (_, i) => ({
      eventDate: new Date(Date.UTC(2000, 0, 1 + i)),
      eventPlace: "Kyiv",
      eventLabel: null,
    }));
    expect(sameEventPairs(group)).toEqual([]);
  });
});

describe("eventBuckets", () => {
  it("two claims about the same event always share a bucket (what incremental detection relies on)", () => {
    fc.assert(
      fc.property(event, event, (a, b) => {
        if (!sameEvent(a, b)) return;
        expect(eventBuckets(a).some((bucket) => eventBuckets(b).includes(bucket))).toBe(true);
      }),
    );
  });

  it("names the label and the day with the place, normalized", () => {
    expect(eventBuckets({ eventLabel: "The strike on KYIV.", eventDate: "2025-04-24", eventPlace: "Kiev" })).toEqual([
      "label:strike on kyiv",
      "day-place:2025-04-24|kyiv",
    ]);
    expect(eventBuckets({ eventDate: "2025-04-24" })).toEqual([]);
  });
});
