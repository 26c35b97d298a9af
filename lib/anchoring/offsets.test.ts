import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { unicodeText } from "./fixtures/unicode-text";
import { codePointsToUtf16, splitsSurrogatePair, utf16ToCodePoints } from "./offsets";

describe("UTF-16 offsets ↔ code points", () => {
  it("ASCII: the two units agree", () => {
    expect(utf16ToCodePoints("Kyiv", 3)).toBe(3);
    expect(codePointsToUtf16("Kyiv", 3)).toBe(3);
  });

  it("an emoji is 2 code units and 1 code point", () => {
    const text = "a😀b";
    expect(text.length).toBe(4);
    expect(utf16ToCodePoints(text, 3)).toBe(2);
    expect(utf16ToCodePoints(text, 4)).toBe(3);
    expect(codePointsToUtf16(text, 2)).toBe(3);
    expect(splitsSurrogatePair(text, 2)).toBe(true);
    expect(splitsSurrogatePair(text, 1)).toBe(false);
  });

  it("a combining mark is its own code point and code unit", () => {
    const text = "Ste\u0301phane"; // é as e + U+0301
    expect(utf16ToCodePoints(text, 4)).toBe(4);
    expect(codePointsToUtf16(text, 4)).toBe(4);
    expect(text.slice(0, 4)).toBe("Ste\u0301");
  });

  it("right-to-left text is counted in logical (storage) order", () => {
    const hebrew = "שלום עולם";
    const arabic = "مرحبا بالعالم";
    expect(utf16ToCodePoints(hebrew, 5)).toBe(5);
    expect(hebrew.slice(5)).toBe("עולם");
    expect(codePointsToUtf16(arabic, 6)).toBe(6);
    expect(arabic.slice(6)).toBe("بالعالم");
  });

  it("refuses offsets outside the text or inside a surrogate pair", () => {
    expect(() => utf16ToCodePoints("a😀", 2)).toThrow(RangeError);
    expect(() => utf16ToCodePoints("abc", 4)).toThrow(RangeError);
    expect(() => utf16ToCodePoints("abc", -1)).toThrow(RangeError);
    expect(() => utf16ToCodePoints("abc", 1.5)).toThrow(RangeError);
    expect(() => codePointsToUtf16("a😀", 3)).toThrow(RangeError);
    expect(() => codePointsToUtf16("abc", -1)).toThrow(RangeError);
  });

  it("round-trips for any text and any code point boundary (property)", () => {
    fc.assert(
      fc.property(unicodeText(60), fc.nat(), (text, seed) => {
        const codePoints = [...text].length;
        const k = seed % (codePoints + 1);
        const offset = codePointsToUtf16(text, k);
        return (
          !splitsSurrogatePair(text, offset) &&
          utf16ToCodePoints(text, offset) === k &&
          [...text.slice(0, offset)].length === k
        );
      }),
      { numRuns: 1000 },
    );
  });
});
