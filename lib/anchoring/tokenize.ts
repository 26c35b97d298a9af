import { isHighSurrogate, isLowSurrogate } from "./offsets";

/**
 * Word tokens for diffs shown to people. Unlike jsdiff's built-in word
 * tokenizer (Latin letters only), this one treats any Unicode letter, mark or
 * digit as part of a word, so Arabic, Hebrew or Cyrillic words stay whole, and
 * it keeps a number with its separators ("12,000", "3.5", "24/7") as one
 * token so a changed figure shows as "12,000 → 19,000", not as a changed digit.
 */
const TOKEN = /\p{N}+(?:[.,:/]\p{N}+)*|[\p{L}\p{M}\p{N}_]+(?:['’\-][\p{L}\p{M}\p{N}]+)*|\s+|[\s\S]/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** True when the code point starting at `index` is a letter, mark or digit. */
export function isWordCharAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  // ASCII, most of any text, without a regex and a string per call: its letters and digits are its only word characters
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  const codePoint = text.codePointAt(index);
  return codePoint !== undefined && WORD_CHAR.test(String.fromCodePoint(codePoint));
}

/** True when the code point ending just before `index` is a letter, mark or digit. */
export function isWordCharBefore(text: string, index: number): boolean {
  if (index <= 0 || index > text.length) return false;
  const isPair =
    index >= 2 && isLowSurrogate(text.charCodeAt(index - 1)) && isHighSurrogate(text.charCodeAt(index - 2));
  return isWordCharAt(text, isPair ? index - 2 : index - 1);
}
