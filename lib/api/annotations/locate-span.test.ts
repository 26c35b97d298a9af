import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import { locateSpan } from "@/lib/api/annotations/locate-span";

const TEXT = "😀 e\u0301 At least 12 died. Later, at least 12 were hurt; at least 12 died.";
const base = { prefix: "", suffix: "" };

describe("locateSpan", () => {
  it("prefers Factdesk's UTF-16 offsets", () => {
    expect(locateSpan(TEXT, { ...base, exact: "x", start: 0, end: 1, utf16Start: 5, utf16End: 7 })).toEqual({
      start: 5,
      end: 7,
    });
  });

  it("converts code points to UTF-16 (emoji: 2 units; a combining mark: its own code point)", () => {
    const start = TEXT.indexOf("At");
    expect(
      locateSpan(TEXT, {
        ...base,
        exact: "At",
        start: [...TEXT.slice(0, start)].length,
        end: [...TEXT.slice(0, start)].length + 2,
      }),
    ).toEqual({ start, end: start + 2 });
    expect(() => locateSpan(TEXT, { ...base, exact: "At", start: 500, end: 502 })).toThrow(InvalidInputError);
  });

  it("finds a quote that occurs once, and singles out repeated ones by prefix or suffix", () => {
    const hurt = TEXT.indexOf("were hurt");
    expect(locateSpan(TEXT, { ...base, exact: "were hurt" })).toEqual({ start: hurt, end: hurt + 9 });
    const second = TEXT.lastIndexOf("at least 12 died");
    expect(locateSpan(TEXT, { exact: "at least 12 died", prefix: "hurt; ", suffix: "" })).toEqual({
      start: second,
      end: second + 16,
    });
  });

  it("refuses a quote that is absent, or repeated with nothing to tell the places apart", () => {
    expect(() => locateSpan(TEXT, { ...base, exact: "19 died" })).toThrow(/not in the article/);
    expect(() => locateSpan(TEXT, { ...base, exact: "at least 12" })).toThrow(/several times/);
  });
});
