import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeSpan, MAX_CONTEXT, MIN_CONTEXT } from "./describe-span";
import { splitsSurrogatePair } from "./offsets";
import { boundaries, unicodeText } from "./fixtures/unicode-text";

describe("describeSpan", () => {
  const sentence = (n: number) => `Sentence number ${n} of the report says something long enough here. `;
  const text = Array.from({ length: 8 }, (_, i) => sentence(i)).join("");

  it("returns both W3C selectors", () => {
    const start = text.indexOf("number 3");
    const { position, quote } = describeSpan(text, start, start + 8);
    expect(position).toEqual({ type: "TextPositionSelector", start, end: start + 8 });
    expect(quote).toMatchObject({ type: "TextQuoteSelector", exact: "number 3" });
  });

  it("widens the context to the sentence around the quote", () => {
    const start = text.indexOf("number 3");
    const { quote } = describeSpan(text, start, start + 8);
    // Less than MIN_CONTEXT of sentence 3 precedes the quote, so the prefix reaches back to sentence 2's start.
    expect(quote.prefix).toBe(`${sentence(2)}Sentence `);
    expect(quote.suffix).toBe(" of the report says something long enough here.");
    expect(quote.prefix.length).toBeGreaterThanOrEqual(MIN_CONTEXT);
  });

  it("stops at the start and end of the text", () => {
    const { quote } = describeSpan(text, 0, 8);
    expect(quote.prefix).toBe("");
    const end = describeSpan(text, text.length - 6, text.length).quote;
    expect(end.suffix).toBe("");
  });

  it("caps the context when no sentence boundary is near", () => {
    const words = "word ".repeat(100);
    const { quote } = describeSpan(words, 250, 254);
    expect(quote.prefix).toHaveLength(MAX_CONTEXT);
    expect(quote.suffix).toHaveLength(MAX_CONTEXT);
  });

  it("never cuts an emoji in half at the cap: steps inwards", () => {
    // Emoji before "z" start at even offsets, those after it at odd ones.
    const text = `${"😀".repeat(100)}z${"😀".repeat(100)}`;
    const after = describeSpan(text, 201, 203).quote; // start − 160 = 41 falls inside a pair
    expect(after.prefix).toHaveLength(MAX_CONTEXT - 1);
    const before = describeSpan(text, 198, 200).quote; // end + 160 = 360 falls inside a pair
    expect(before.prefix).toHaveLength(MAX_CONTEXT);
    expect(before.suffix).toHaveLength(MAX_CONTEXT - 1);
    expect(before.suffix.startsWith("z")).toBe(true);
  });

  it("handles right-to-left text and combining marks like any other", () => {
    const hebrew = "הממשלה הודיעה היום. לפחות 12 הרוגים בעיר. המשטרה חוקרת את האירוע.";
    const start = hebrew.indexOf("12");
    const { quote } = describeSpan(hebrew, start, start + 2);
    expect(quote.exact).toBe("12");
    expect(quote.prefix).toBe(hebrew.slice(0, start)); // fewer than 32 code units before: all of them
    expect(quote.suffix).toBe(hebrew.slice(start + 2)); // the first "." is too close; the next ends the text
    const accented = "Le ministre Ste\u0301phane a parlé.";
    expect(describeSpan(accented, 12, 21).quote.exact).toBe("Ste\u0301phane");
  });

  it("prefix + exact + suffix is a contiguous piece of the text that never splits a pair (property)", () => {
    fc.assert(
      fc.property(unicodeText(400, 1), fc.nat(), fc.nat(), (text, a, b) => {
        const cut = boundaries(text);
        const [start, end] = [cut[a % cut.length]!, cut[b % cut.length]!].sort((x, y) => x - y) as [number, number];
        if (start === end) return true;
        const { quote } = describeSpan(text, start, end);
        const from = start - quote.prefix.length;
        const to = end + quote.suffix.length;
        return (
          text.slice(from, to) === quote.prefix + quote.exact + quote.suffix &&
          !splitsSurrogatePair(text, from) &&
          !splitsSurrogatePair(text, to) &&
          quote.prefix.length <= MAX_CONTEXT &&
          (quote.prefix.length >= MIN_CONTEXT || from === 0) &&
          (quote.suffix.length >= MIN_CONTEXT || to === text.length)
        );
      }),
      { numRuns: 1000 },
    );
  });
});
