import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalText } from "@/lib/text-import/canonical-text";
import { PayloadTooLargeError } from "@/lib/errors";
import { extractFromText, suggestTitle } from "./extract-from-text";
import { articleParagraphs } from "@/test/support/news-page";

describe("extractFromText", () => {
  it("returns the canonical text titled by its first non-empty line", () => {
    expect(extractFromText("\r\n  \r\n  Storm hits coast  \r\nSecond line\r\n\r\n\r\nBody.")).toEqual({
      text: "  Storm hits coast\nSecond line\n\nBody.",
      suggestedTitle: "Storm hits coast",
    });
  });

  it("keeps the test articles as they are, once canonical", () => {
    for (const { paragraphs } of articleParagraphs()) {
      const raw = paragraphs.join("\n");
      expect(extractFromText(raw).text).toBe(canonicalText(raw));
      expect(extractFromText(raw).suggestedTitle).toBe(suggestTitle(paragraphs[0]));
    }
  });

  it("suggests no title for blank text", () => {
    expect(extractFromText(" \n\t\n")).toEqual({ text: "" });
  });

  it("cuts the title to 300 code points without splitting a surrogate pair", () => {
    const title = extractFromText("😀".repeat(400)).suggestedTitle!;
    expect(Array.from(title)).toHaveLength(300);
    expect(title).toBe("😀".repeat(300));
  });

  it("refuses text over 5 MB", () => {
    expect(() => extractFromText("é".repeat(3 * 1024 * 1024))).toThrow(PayloadTooLargeError);
    expect(() => extractFromText("a".repeat(5 * 1024 * 1024))).not.toThrow();
  });

  it("never throws on arbitrary text; the result is canonical and the title is one trimmed line", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (raw) => {
        const { text, suggestedTitle } = extractFromText(raw);
        expect(canonicalText(text)).toBe(text);
        if (suggestedTitle !== undefined) {
          expect(suggestedTitle).toBe(suggestedTitle.trim());
          expect(suggestedTitle).not.toMatch(/\n/);
          expect(Array.from(suggestedTitle).length).toBeLessThanOrEqual(300);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
