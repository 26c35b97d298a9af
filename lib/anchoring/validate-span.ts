import { splitsSurrogatePair } from "./offsets";

/**
 * Longest span an annotation may cover, in UTF-16 code units. Long enough for
 * several paragraphs; short enough that the fuzzy search's cost per anchor
 * stays bounded and a highlight remains a highlight, not the whole article.
 */
export const MAX_SPAN_LENGTH = 10_000;

/**
 * Lists what is wrong with the span [start, end) of `text` (UTF-16 code units,
 * end exclusive); an empty list means the span is valid. The server refuses a
 * selector with any problem (400), so messages are written for the API caller.
 */
export function validateSpan(text: string, start: unknown, end: unknown, maxLength = MAX_SPAN_LENGTH): string[] {
  const problems: string[] = [];
  if (!isOffset(start)) problems.push(`start must be a non-negative integer (got ${describe(start)}).`);
  if (!isOffset(end)) problems.push(`end must be a non-negative integer (got ${describe(end)}).`);
  if (!isOffset(start) || !isOffset(end)) return problems;

  if (start >= end) problems.push(`The span is empty: start (${start}) must be less than end (${end}).`);
  if (end > text.length) problems.push(`end (${end}) is beyond the end of the text (length ${text.length}).`);
  if (start > text.length) problems.push(`start (${start}) is beyond the end of the text (length ${text.length}).`);
  if (splitsSurrogatePair(text, start))
    problems.push(`start (${start}) falls inside a character (between the halves of a surrogate pair).`);
  if (splitsSurrogatePair(text, end))
    problems.push(`end (${end}) falls inside a character (between the halves of a surrogate pair).`);
  if (end - start > maxLength)
    problems.push(`The span is ${end - start} code units long; the maximum is ${maxLength}.`);
  return problems;
}

function isOffset(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function describe(value: unknown): string {
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return JSON.stringify(value.length > 20 ? `${value.slice(0, 20)}…` : value);
  return value === null ? "null" : typeof value;
}
