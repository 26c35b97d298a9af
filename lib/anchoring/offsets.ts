/**
 * The offset unit of every selector in Factdesk.
 *
 * Offsets are UTF-16 code units of the canonical article text, as JavaScript
 * strings index them (`text.slice(start, end)`), and spans are half-open:
 * `start` inclusive, `end` exclusive. We chose code units over code points so
 * that the browser's DOM Range offsets, `String.prototype.slice` and the
 * database agree without conversion; an emoji such as "😀" therefore counts
 * 2 and a letter with a combining accent ("e\u0301") counts 2 as well.
 *
 * A valid offset never falls between the two halves of a surrogate pair.
 * Exports that promise code points (e.g. for tools in Python, where `len`
 * counts code points) convert with the two functions below.
 */

/** True when `offset` sits between a high and a low surrogate. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  return isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/**
 * Converts a UTF-16 offset to the number of code points before it.
 * Throws RangeError for offsets outside the text or inside a surrogate pair:
 * both mean a caller skipped validateSpan, and a silent answer would move the
 * highlight in the exported file.
 */
export function utf16ToCodePoints(text: string, offset: number): number {
  assertOffset(text, offset);
  let codePoints = 0;
  for (let i = 0; i < offset; i++) {
    codePoints++;
    if (isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return codePoints;
}

/** Converts a count of code points from the start of `text` back to a UTF-16 offset. */
export function codePointsToUtf16(text: string, codePoints: number): number {
  if (!Number.isInteger(codePoints) || codePoints < 0) throw new RangeError(`Invalid code point offset ${codePoints}`);
  let offset = 0;
  for (let seen = 0; seen < codePoints; seen++) {
    if (offset >= text.length) throw new RangeError(`Code point offset ${codePoints} is beyond the text`);
    const pair = isHighSurrogate(text.charCodeAt(offset)) && isLowSurrogate(text.charCodeAt(offset + 1));
    offset += pair ? 2 : 1;
  }
  return offset;
}

function assertOffset(text: string, offset: number): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > text.length) {
    throw new RangeError(`Offset ${offset} is outside the text (length ${text.length})`);
  }
  if (splitsSurrogatePair(text, offset)) throw new RangeError(`Offset ${offset} splits a surrogate pair`);
}

export function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
