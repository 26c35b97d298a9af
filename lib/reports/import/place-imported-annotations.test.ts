import { describe, expect, it } from "vitest";
import { placeImportedAnnotations } from "@/lib/reports/import/place-imported-annotations";
import type { ParsedWebAnnotation } from "@/lib/exports/web-annotation";

const TEXT = "Flags 🇺🇦🇺🇦 and café\u0301: officials said at least 12 people were killed. Later, 12 more were hurt.";
const quote = "at least 12 people were killed";
const at = TEXT.indexOf(quote);
// 🇺🇦🇺🇦 is 4 code points in 8 UTF-16 units; e + U+0301 is 2 and 2
const codePointAt = [...TEXT.slice(0, at)].length;

const parsed = (over: Partial<ParsedWebAnnotation>): ParsedWebAnnotation => ({
  source: "https://x.test/a",
  exact: quote,
  prefix: "",
  suffix: "",
  body: "",
  tags: [],
  kind: "NOTE",
  replies: [],
  ...over,
});
const place = (...items: Partial<ParsedWebAnnotation>[]) =>
  placeImportedAnnotations(
    TEXT,
    items.map((over, index) => ({ index, annotation: parsed(over) })),
  );

describe("placeImportedAnnotations", () => {
  it("uses the UTF-16 offsets when they point at the quote, rebuilding prefix and suffix from the text", () => {
    expect(at - codePointAt).toBe(4);
    const [p] = place({ utf16Start: at, utf16End: at + quote.length, start: 0, end: 1 });
    expect(p).toMatchObject({ state: "EXACT", start: at, end: at + quote.length, exact: quote, previousExact: null });
    expect(p!.state === "EXACT" && p!.prefix.endsWith("officials said ") && p!.suffix.startsWith(". Later")).toBe(true);
  });

  it("converts code-point offsets (the spec's unit) when there are no UTF-16 ones", () => {
    expect(place({ start: codePointAt, end: codePointAt + quote.length })).toMatchObject([
      { state: "EXACT", start: at, end: at + quote.length },
    ]);
    // read as UTF-16 units, the code-point offsets would miss by the emoji's extra units: they are not used as such
    expect(TEXT.slice(codePointAt, codePointAt + quote.length)).not.toBe(quote);
  });

  it("searches for the quote when the offsets are wrong or missing; a short unique quote is placed, a repeated one is not guessed", () => {
    expect(place({ start: 3, end: 9, utf16Start: 3, utf16End: 9 })).toMatchObject([{ state: "EXACT", start: at }]);
    expect(place({ exact: "Later" })).toMatchObject([{ state: "EXACT", start: TEXT.indexOf("Later") }]);
    expect(place({ exact: "12" })).toMatchObject([{ state: expect.stringMatching(/ORPHANED|AMBIGUOUS/) }]);
    expect(place({ exact: "not in this text at all, really" })).toMatchObject([{ state: "ORPHANED" }]);
  });

  it("places a slightly changed quote with its context as TEXT_CHANGED, keeping the file's quote", () => {
    const [p] = place({
      exact: "at least 13 people were killed",
      prefix: "café\u0301: officials said ",
      suffix: ". Later, 12 more were hurt.",
    });
    expect(p).toMatchObject({ state: "TEXT_CHANGED", exact: quote, previousExact: "at least 13 people were killed" });
  });
});
