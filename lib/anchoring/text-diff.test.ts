import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitsSurrogatePair } from "./offsets";
import { boundaries, unicodeText } from "./fixtures/unicode-text";
import { foldText } from "./fold-text";
import { diffTexts, type Hunk } from "./text-diff";

/** Rebuilds the new text from the old one and the hunks. */
function apply(oldText: string, newText: string, hunks: Hunk[]): string {
  let out = "";
  let at = 0;
  for (const h of hunks) {
    out += oldText.slice(at, h.oldStart) + newText.slice(h.newStart, h.newEnd);
    at = h.oldEnd;
  }
  return out + oldText.slice(at);
}

describe("diffTexts", () => {
  it("no hunks for equal texts", () => {
    expect(diffTexts("same", "same")).toEqual([]);
  });

  it("finds one hunk per edit; a changed figure is replaced whole", () => {
    const oldText = "Officials said at least 12 dead. Rescue work continues. Roads are closed.";
    const newText = oldText.replace("12", "19").replace("Roads are", "Roads and bridges are");
    const [figure, insertion, ...rest] = diffTexts(oldText, newText);
    expect(figure).toEqual({ oldStart: 24, oldEnd: 26, newStart: 24, newEnd: 26 });
    expect(insertion!.oldStart).toBe(insertion!.oldEnd);
    expect(newText.slice(insertion!.newStart, insertion!.newEnd).trim()).toBe("and bridges");
    expect(rest).toEqual([]);
  });

  it("is character-precise inside a word that was corrected", () => {
    expect(diffTexts("The goverment said so.", "The government said so.")).toEqual([
      { oldStart: 9, oldEnd: 9, newStart: 9, newEnd: 10 },
    ]);
  });

  it("keeps a replaced word whole when it shares nothing with its replacement", () => {
    const hunks = diffTexts("Governor Lopez spoke.", "Governor Smith spoke.");
    expect(hunks).toEqual([{ oldStart: 9, oldEnd: 14, newStart: 9, newEnd: 14 }]);
  });

  it("keeps an emoji whole when only its low half differs", () => {
    const hunks = diffTexts("a😀b", "a😁b");
    expect(hunks).toEqual([{ oldStart: 1, oldEnd: 3, newStart: 1, newEnd: 3 }]);
  });

  it("aligns a long text with scattered edits clause by clause", () => {
    const sentence = (i: number) => `Sentence ${i} reports, in some detail, what happened on day ${i}. `;
    const oldText = Array.from({ length: 400 }, (_, i) => sentence(i)).join("");
    const newText = oldText
      .replace(sentence(10), "")
      .replace(sentence(200), `${sentence(200)}An added line. `)
      .replace("day 300", "day 301");
    const hunks = diffTexts(oldText, newText);
    expect(apply(oldText, newText, hunks)).toBe(newText);
    expect(hunks).toHaveLength(3);
  });

  it("ignores changes of case and of quote or dash style", () => {
    expect(diffTexts("“Stop,” Trump said – twice.", '"stop," trump said - twice.')).toEqual([]);
  });

  it("rebuilds the new text, in order, never splitting a pair (property)", () => {
    fc.assert(
      fc.property(
        unicodeText(200),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), unicodeText(6)), { maxLength: 5 }),
        (oldText, edits) => {
          let newText = oldText;
          for (const [at, remove, insert] of edits) {
            const cut = boundaries(newText);
            const start = cut[at % cut.length]!;
            const end = cut[Math.min(cut.indexOf(start) + remove, cut.length - 1)]!;
            newText = newText.slice(0, start) + insert + newText.slice(end);
          }
          const hunks = diffTexts(oldText, newText);
          const ordered = hunks.every(
            (h, i) => i === 0 || (h.oldStart > hunks[i - 1]!.oldEnd && h.newStart > hunks[i - 1]!.newEnd),
          );
          const whole = hunks.every(
            (h) =>
              [h.oldStart, h.oldEnd].every((o) => !splitsSurrogatePair(oldText, o)) &&
              [h.newStart, h.newEnd].every((o) => !splitsSurrogatePair(newText, o)),
          );
          // Case and quote style are not diffed (see fold-text.ts).
          return foldText(apply(oldText, newText, hunks)) === foldText(newText) && ordered && whole;
        },
      ),
      { numRuns: 500 },
    );
  });
});
