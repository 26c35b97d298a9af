import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildParagraphs, splitParagraphs } from "@/lib/reader/highlight-segments";

describe("splitParagraphs", () => {
  it("makes every line a paragraph and skips blank lines", () => {
    const text = "Title\n\nFirst line\nsecond line\n\n\nLast";
    expect(splitParagraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      "Title",
      "First line",
      "second line",
      "Last",
    ]);
  });
});

describe("buildParagraphs", () => {
  const text = "At least 12 people died.\n\nThe mayor spoke.";

  it("cuts runs at every annotation boundary, outermost annotation first", () => {
    const [first] = buildParagraphs(text, [
      { id: "outer", start: 0, end: 18 },
      { id: "inner", start: 9, end: 11 },
    ]);
    expect(first!.segments.map((s) => [text.slice(s.start, s.end), s.ids])).toEqual([
      ["At least ", ["outer"]],
      ["12", ["outer", "inner"]],
      [" people", ["outer"]],
      [" died.", []],
    ]);
  });

  it("ignores spans outside the text or empty", () => {
    const paragraphs = buildParagraphs(text, [
      { id: "x", start: 5, end: 5 },
      { id: "y", start: 40, end: 99 },
    ]);
    expect(paragraphs.flatMap((p) => p.segments).every((s) => s.ids.length === 0)).toBe(true);
  });

  it("property: the runs of each paragraph tile it exactly, and each run is covered by exactly the spans that contain it", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
        (raw, pairs) => {
          const t = raw.replace(/\r/g, "");
          const spans = pairs.map(([a, b], i) => ({
            id: `s${i}`,
            start: Math.min(a, b) % (t.length + 1),
            end: Math.max(a, b) % (t.length + 1),
          }));
          for (const p of buildParagraphs(t, spans)) {
            expect(p.segments[0]!.start).toBe(p.start);
            expect(p.segments.at(-1)!.end).toBe(p.end);
            p.segments.forEach((s, i) => i > 0 && expect(s.start).toBe(p.segments[i - 1]!.end));
            for (const s of p.segments) {
              const expected = spans
                .filter((x) => x.start < x.end && x.start <= s.start && x.end >= s.end)
                .map((x) => x.id)
                .sort();
              expect([...s.ids].sort()).toEqual(expected);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
