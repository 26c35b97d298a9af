import { describe, expect, it } from "vitest";
import { MAX_SPAN_LENGTH, validateSpan } from "./validate-span";

describe("validateSpan", () => {
  const text = "Flood 😀 warning";

  it("accepts a span inside the text", () => {
    expect(validateSpan(text, 0, 5)).toEqual([]);
    expect(validateSpan(text, 6, 8)).toEqual([]);
    expect(validateSpan(text, 0, text.length)).toEqual([]);
  });

  it.each([
    ["a fraction", 1.5, 3, /start must be a non-negative integer/],
    ["a negative start", -1, 3, /start must be a non-negative integer \(got -1\)/],
    ["a string", "1", 3, /start must be a non-negative integer \(got "1"\)/],
    ["NaN", 0, Number.NaN, /end must be a non-negative integer/],
    ["null", 0, null, /end must be a non-negative integer \(got null\)/],
    ["an empty span", 3, 3, /empty/],
    ["a reversed span", 4, 2, /empty/],
    ["an end past the text", 2, 99, /beyond the end of the text/],
    ["a start inside an emoji", 7, 9, /start \(7\) falls inside a character/],
    ["an end inside an emoji", 0, 7, /end \(7\) falls inside a character/],
  ])("refuses %s", (_, start, end, message) => {
    const problems = validateSpan(text, start, end);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join(" ")).toMatch(message);
  });

  it("reports every problem at once", () => {
    expect(validateSpan(text, 99, 98)).toHaveLength(3);
  });

  it(`refuses spans longer than ${MAX_SPAN_LENGTH} code units, or a given maximum`, () => {
    const long = "x".repeat(MAX_SPAN_LENGTH + 1);
    expect(validateSpan(long, 0, MAX_SPAN_LENGTH)).toEqual([]);
    expect(validateSpan(long, 0, MAX_SPAN_LENGTH + 1)).toEqual([
      `The span is ${MAX_SPAN_LENGTH + 1} code units long; the maximum is ${MAX_SPAN_LENGTH}.`,
    ]);
    expect(validateSpan(text, 0, 6, 5)).toHaveLength(1);
  });
});
