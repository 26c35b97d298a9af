import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { normalizeMetric } from "@/lib/claims/normalize-metric";
import { claimDetectionKeys, memoizedNormalizeLabel, type KeyedClaim } from "./claim-detection-keys";
import { speakerKey } from "./detect-quote-conflicts";
import { sameEvent } from "./same-event";

describe("claimDetectionKeys", () => {
  it("gives a figure key per event bucket, with the normalized metric, and a speaker key", () => {
    const keys = claimDetectionKeys({
      metric: "Dead",
      claimant: "Mayor Irena Dalsk",
      eventLabel: "The Kiev strike.",
      eventDate: new Date("2025-04-24T00:00:00Z"),
      eventPlace: "Kiev",
    });
    expect(keys).toEqual([
      { kind: "FIGURE_BUCKET", key: "killed@label:kyiv strike" },
      { kind: "FIGURE_BUCKET", key: "killed@day-place:2025-04-24|kyiv" },
      { kind: "SPEAKER", key: "irena dalsk" },
    ]);
  });

  it("gives no figure key without a metric or without an event, and no speaker key without a claimant", () => {
    const event = { eventLabel: "Strike on Kyiv", eventDate: "2025-04-24", eventPlace: "Kyiv" };
    expect(claimDetectionKeys({ metric: null, claimant: null, ...event })).toEqual([]);
    expect(claimDetectionKeys({ metric: "killed", claimant: "  ", eventLabel: null, eventPlace: "Kyiv" })).toEqual([]);
    // a day without a place is no bucket (sameEvent needs both)
    expect(claimDetectionKeys({ metric: "killed", claimant: null, eventDate: "2025-04-24" })).toEqual([]);
  });

  // few values each, so that metrics, events and speakers collide often
  const claim: fc.Arbitrary<KeyedClaim> = fc.record({
    metric: fc.constantFrom(null, "killed", "Dead", "injured", "ballistic missiles"),
    claimant: fc.constantFrom(null, "", "Irena Dalsk", "Mayor Irena Dalsk", "President Zelensky", "Zelenskyy"),
    eventLabel: fc.constantFrom(null, "", "Strike on Kyiv", "the strike on KIEV", "Flood in Odesa"),
    eventDate: fc.constantFrom(null, "2025-04-24", "2025-04-25", new Date("2025-04-24T23:30:00Z")),
    eventPlace: fc.constantFrom(null, "", "Kyiv", "kiev", "Odesa"),
  });

  it("two claims that detection can compare share a key, of the kind that compares them", () => {
    fc.assert(
      fc.property(claim, claim, (a, b) => {
        const normalize = memoizedNormalizeLabel();
        const shared = (kind: string) => {
          const keysOfB = new Set(claimDetectionKeys(b, normalize).map((k) => `${k.kind} ${k.key}`));
          return claimDetectionKeys(a, normalize).some((k) => k.kind === kind && keysOfB.has(`${k.kind} ${k.key}`));
        };
        const sameMetric = !!a.metric && !!b.metric && normalizeMetric(a.metric) === normalizeMetric(b.metric);
        // a shared figure key means the same metric; the same metric in the same event means a shared figure key
        if (shared("FIGURE_BUCKET")) expect(sameMetric).toBe(true);
        if (sameMetric && sameEvent(a, b)) expect(shared("FIGURE_BUCKET")).toBe(true);
        const speaker = speakerKey(a.claimant);
        expect(shared("SPEAKER")).toBe(speaker !== "" && speaker === speakerKey(b.claimant));
      }),
      { numRuns: 500 },
    );
  });
});
