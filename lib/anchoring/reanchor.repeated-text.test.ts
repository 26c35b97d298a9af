import { describe, expect, it } from "vitest";
import { describeSpan, reanchorAll, type StoredAnchor } from "@/lib/anchoring";
import { longArticle } from "@/bench/support/long-article";
import { seeded } from "@/bench/support/seeded-random";
import { judge, randomEdits, trackSpan } from "@/test/anchoring/edit-script";
import { anchorOn, makeAnchor } from "./fixtures/make-anchor";

/**
 * Re-anchoring in text that repeats itself (wire copy quoted twice, a
 * boilerplate paragraph under every update): an identical copy of a passage
 * is not the passage. Judged against the ground truth of an edit script.
 */

// One paragraph that appears twice, far enough apart to lie outside the search window around either.
const REPEATED =
  "The council met on Monday. It approved the reconstruction budget by 31 votes. Residents protested outside.";
const FILLER = Array.from(
  { length: 12 },
  (_, i) => `Paragraph ${i + 1} describes the repairs on street number ${i + 7} in some detail, with dates and costs.`,
).join("\n");
const TEXT = `${REPEATED}\n${FILLER}\n${REPEATED}\n`;

describe("reanchorAll in repeated text", () => {
  it("a deleted sentence is not moved onto its identical copy elsewhere", () => {
    const sentence = "It approved the reconstruction budget by 31 votes. ";
    const edited = TEXT.replace(sentence, ""); // the first occurrence only
    const [result] = reanchorAll(TEXT, edited, [anchorOn(TEXT, sentence.trim())]);
    expect(result!.start).toBeNull();
    expect(["ORPHANED", "AMBIGUOUS"]).toContain(result!.state);
  });

  it("the copy that was not touched stays where it is", () => {
    const sentence = "It approved the reconstruction budget by 31 votes.";
    const edited = TEXT.replace(`${sentence} `, "");
    const second = TEXT.lastIndexOf(sentence);
    const [result] = reanchorAll(TEXT, edited, [makeAnchor(TEXT, second, second + sentence.length)]);
    expect(result).toMatchObject({ state: "RELOCATED", start: edited.lastIndexOf(sentence), exact: sentence });
  });

  it("a deletion that the diff aligns on the wrong copy of a repeated word leaves an untouched quote in place", () => {
    const old =
      "Crews forced the evacuation of hundreds of homes in the Vell district. Officials said about 40 firefighters helped.\n";
    const quote = "of homes in the Vell district. Officials said";
    const edited = old.replace("evacuation of hundreds", "evacuationundreds");
    const [result] = reanchorAll(old, edited, [anchorOn(old, quote)]);
    expect(result).toMatchObject({ state: "RELOCATED", start: edited.indexOf(quote), exact: quote });
  });

  // Generated scripts of 50 edits on a 200 KB article of repeated paragraphs: the bench's scenario
  // (bench/anchoring.ts), with seeds where earlier versions placed a span far from where it was or
  // a few characters off it.
  it.each([1, 35, 20_250_424])("no wrong placement after a random edit script (seed %i)", (seed) => {
    const random = seeded(seed);
    const oldText = longArticle(200_000);
    const words = [...oldText.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const anchors: StoredAnchor[] = Array.from({ length: 5_000 }, (_, i) => {
      const first = Math.floor(random() * (words.length - 12));
      const last = first + Math.floor(random() * 12);
      return {
        id: `a${i}`,
        start: words[first]!.start,
        end: words[last]!.end,
        ...describeSpan(oldText, words[first]!.start, words[last]!.end).quote,
      };
    });
    const { edits, text: newText } = randomEdits(oldText, random, 50);
    const results = reanchorAll(oldText, newText, anchors);
    const wrong = results.filter(
      (result, i) => judge(result, trackSpan(anchors[i]!, edits, oldText, newText)) === "wrong",
    );
    expect(wrong).toEqual([]);
    // most of them are placed at all: refusing to guess is not the way to 0 wrong
    expect(results.filter((r) => r.start !== null).length).toBeGreaterThan(4_950);
  });
});
