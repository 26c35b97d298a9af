/**
 * Properties of describe → re-anchor on random Unicode text (emoji and other
 * astral characters, combining marks, Arabic, Hebrew, punctuation, newlines).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findQuote, MIN_EVIDENCE } from "./fuzzy-match";
import { makeAnchor } from "./fixtures/make-anchor";
import { boundaries, unicodeText } from "./fixtures/unicode-text";
import { splitsSurrogatePair } from "./offsets";
import { reanchorAll } from "./reanchor";
import { isWordCharAt, isWordCharBefore } from "./tokenize";

/** A text and a non-empty span of it on code point boundaries. */
const textAndSpan = fc.tuple(unicodeText(300, 1), fc.nat(), fc.nat()).map(([text, a, b]) => {
  const cut = boundaries(text);
  let [start, end] = [cut[a % cut.length]!, cut[b % cut.length]!].sort((x, y) => x - y) as [number, number];
  if (start === end)
    [start, end] = end < text.length ? [start, cut[cut.indexOf(end) + 1]!] : [cut[cut.length - 2]!, end];
  return { text, start, end };
});

describe("re-anchoring properties", () => {
  it("unchanged text: EXACT at the same offsets", () => {
    fc.assert(
      fc.property(textAndSpan, ({ text, start, end }) => {
        const [result] = reanchorAll(text, text, [makeAnchor(text, start, end)]);
        return result!.state === "EXACT" && result!.start === start && result!.end === end;
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });

  it("the quote search finds the original place, or calls it ambiguous among places including it", () => {
    fc.assert(
      fc.property(textAndSpan, ({ text, start, end }) => {
        const a = makeAnchor(text, start, end);
        const result = findQuote(text, { ...a, hint: start }, [{ start: 0, end: text.length }]);
        if (result.kind === "found") return result.start === start && result.end === end;
        if (result.kind === "ambiguous") return result.candidates.some((c) => c.start === start && c.end === end);
        // Too little text to go on (quote and context together) is the only reason to find nothing.
        return (a.exact + a.prefix + a.suffix).length < MIN_EVIDENCE;
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });

  it("text inserted outside the span never orphans it and never changes its quote", () => {
    fc.assert(
      fc.property(textAndSpan, unicodeText(40), fc.nat(), fc.boolean(), ({ text, start, end }, insert, at, before) => {
        // Outside the span means between words too: text inserted inside the word that holds the
        // span's edge changes that word. Spaces around the insertion keep it from gluing onto one.
        const betweenWords = (o: number) => !(isWordCharBefore(text, o) && isWordCharAt(text, o));
        const cut = boundaries(text).filter((o) => (before ? o <= start : o >= end) && betweenWords(o));
        const p = cut[at % cut.length]!;
        const added = ` ${insert} `;
        const newText = text.slice(0, p) + added + text.slice(p);
        const [result] = reanchorAll(text, newText, [makeAnchor(text, start, end)]);
        expect(
          result!.state === "EXACT" || result!.state === "RELOCATED",
          `${result!.state} for ${JSON.stringify({ text, start, end, newText })}`,
        ).toBe(true);
        expect(newText.slice(result!.start!, result!.end!)).toBe(text.slice(start, end));
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 1000) },
    );
  });

  it("a changed digit inside the span is always reported as a change naming the new figure", () => {
    const withDigit = textAndSpan.filter(({ text, start, end }) => /\d/.test(text.slice(start, end)));
    fc.assert(
      fc.property(withDigit, fc.nat(), fc.integer({ min: 1, max: 9 }), ({ text, start, end }, pick, shift) => {
        const digits = [...text.slice(start, end).matchAll(/\d/g)].map((m) => start + m.index);
        const at = digits[pick % digits.length]!;
        const digit = String((Number(text[at]) + shift) % 10);
        const newText = text.slice(0, at) + digit + text.slice(at + 1);
        const [result] = reanchorAll(text, newText, [makeAnchor(text, start, end)]);
        return result!.state === "TEXT_CHANGED" && result!.hardChanges.added.some((token) => token.includes(digit));
      }),
      { numRuns: 500 },
    );
  });

  it("after any edits every result is consistent with the new text", () => {
    const edit = fc.tuple(fc.nat(), fc.nat({ max: 10 }), unicodeText(12));
    fc.assert(
      fc.property(textAndSpan, fc.array(edit, { minLength: 1, maxLength: 4 }), ({ text, start, end }, edits) => {
        let newText = text;
        for (const [at, remove, insert] of edits) {
          const cut = boundaries(newText);
          const i = at % cut.length;
          newText = newText.slice(0, cut[i]) + insert + newText.slice(cut[Math.min(i + remove, cut.length - 1)]);
        }
        const anchor = makeAnchor(text, start, end);
        const [r] = reanchorAll(text, newText, [anchor]);
        if (r!.state === "AMBIGUOUS" || r!.state === "ORPHANED") return r!.start === null && r!.exact === null;
        const placed =
          r!.start < r!.end &&
          newText.slice(r!.start, r!.end) === r!.exact &&
          !splitsSurrogatePair(newText, r!.start) &&
          !splitsSurrogatePair(newText, r!.end);
        if (r!.state !== "TEXT_CHANGED") return placed && r!.exact === anchor.exact;
        const before = r!.diff
          .filter((p) => p.type !== "insert")
          .map((p) => p.text)
          .join("");
        return placed && r!.exact !== anchor.exact && r!.previousExact === anchor.exact && before === anchor.exact;
      }),
      { numRuns: 500 },
    );
  });
});
