import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { krippendorffAlpha, type MeasurementLevel } from "./krippendorff-alpha";

/** Reliability data are published observers × units; alpha takes units × raters. */
const byUnit = (observers: (number | null)[][]) => observers[0]!.map((_, u) => observers.map((row) => row[u]!));
const _ = null;

// K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): 4 observers × 12 units, missing values.
const KRIPPENDORFF_2011 = byUnit([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]);

// Wikipedia, "Krippendorff's alpha", computational example: 3 coders × 15 units.
const WIKIPEDIA = byUnit([
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
]);

describe("krippendorffAlpha: published examples", () => {
  it.each([
    ["nominal", 0.743],
    ["ordinal", 0.815],
    ["interval", 0.849],
  ] as const)("Krippendorff (2011), %s ≈ %s", (level, expected) => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011, level)).toBeCloseTo(expected, 3);
  });

  it.each([
    ["nominal", 0.691],
    ["interval", 0.811],
  ] as const)("Wikipedia, %s ≈ %s", (level, expected) => {
    expect(krippendorffAlpha(WIKIPEDIA, level)).toBeCloseTo(expected, 3);
  });
});

describe("krippendorffAlpha: edge cases", () => {
  it("is null without two pairable values", () => {
    expect(krippendorffAlpha([], "ordinal")).toBeNull();
    expect(krippendorffAlpha([[1], [2, null], [null, null]], "ordinal")).toBeNull();
  });

  it("is null without variation, however many ratings", () => {
    expect(
      krippendorffAlpha(
        [
          [3, 3],
          [3, 3, 3],
          [3, null],
        ],
        "nominal",
      ),
    ).toBeNull();
  });

  it("is 1 for perfect agreement with variation", () => {
    for (const level of ["nominal", "ordinal", "interval"] as const)
      expect(
        krippendorffAlpha(
          [
            [1, 1],
            [2, 2, null],
            [5, 5, 5],
          ],
          level,
        ),
      ).toBe(1);
  });

  it("is negative for systematic disagreement", () => {
    expect(
      krippendorffAlpha(
        [
          [1, 2],
          [2, 1],
          [1, 2],
        ],
        "nominal",
      ),
    ).toBeLessThan(0);
  });

  it("ignores units with a single value", () => {
    expect(krippendorffAlpha([...KRIPPENDORFF_2011, [4, _, _, _], [_]], "ordinal")).toBe(
      krippendorffAlpha(KRIPPENDORFF_2011, "ordinal"),
    );
  });

  it("levels differ where distances matter: a near miss costs less on an ordinal scale", () => {
    const nearMisses = [
      [1, 2],
      [3, 3],
      [5, 5],
      [4, 5],
      [1, 1],
    ];
    expect(krippendorffAlpha(nearMisses, "ordinal")!).toBeGreaterThan(krippendorffAlpha(nearMisses, "nominal")!);
  });
});

const LEVELS: MeasurementLevel[] = ["nominal", "ordinal", "interval"];
const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 });
const data = fc.array(fc.array(rating, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 });

describe("krippendorffAlpha: properties", () => {
  it("never exceeds 1, and is null only without pairs or variation", () => {
    fc.assert(
      fc.property(data, fc.constantFrom(...LEVELS), (units, level) => {
        const alpha = krippendorffAlpha(units, level);
        const pairable = units.map((u) => u.filter((x) => x !== null)).filter((u) => u.length >= 2);
        const undefinedAlpha = new Set(pairable.flat()).size < 2;
        expect(alpha === null).toBe(undefinedAlpha);
        if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it("does not depend on the order of raters within a unit or of units", () => {
    fc.assert(
      fc.property(data, fc.constantFrom(...LEVELS), (units, level) => {
        const shuffled = units.map((u) => [...u].reverse()).reverse();
        expect(krippendorffAlpha(shuffled, level) ?? 0).toBeCloseTo(krippendorffAlpha(units, level) ?? 0, 10);
      }),
    );
  });

  it("nominal ignores the labels, ordinal only their order, interval survives affine maps", () => {
    const map = (units: (number | null)[][], f: (x: number) => number) =>
      units.map((u) => u.map((x) => (x === null ? null : f(x))));
    fc.assert(
      fc.property(data, (units) => {
        const same = (a: number | null, b: number | null) => expect(a ?? 0).toBeCloseTo(b ?? 0, 9);
        same(
          krippendorffAlpha(
            map(units, (x) => (x * 7) % 11),
            "nominal",
          ),
          krippendorffAlpha(units, "nominal"),
        );
        same(
          krippendorffAlpha(
            map(units, (x) => x ** 3 + 100),
            "ordinal",
          ),
          krippendorffAlpha(units, "ordinal"),
        );
        same(
          krippendorffAlpha(
            map(units, (x) => 2.5 * x - 4),
            "interval",
          ),
          krippendorffAlpha(units, "interval"),
        );
      }),
    );
  });
});
