import { diffArrays } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diffSequences } from "./myers-diff";

/** jsdiff's runs without their values, as diffSequences gives them. */
function jsdiffRuns(a: string[], b: string[], maxEditLength?: number) {
  const changes = maxEditLength === undefined ? diffArrays(a, b) : diffArrays(a, b, { maxEditLength });
  return changes ? changes.map(({ added, removed, count }) => ({ added, removed, count })) : null;
}

/** Few distinct tokens, so lists share many of them in many possible alignments. */
const tokens = fc.array(fc.constantFrom("a", "b", "c", "d", " "), { maxLength: 40 });

describe("diffSequences", () => {
  it("gives the runs of jsdiff's diffArrays, token for token (property)", () => {
    fc.assert(
      fc.property(tokens, tokens, (a, b) => {
        expect(diffSequences(a, b)).toEqual(jsdiffRuns(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives up past the same number of edits as jsdiff (property)", () => {
    fc.assert(
      fc.property(tokens, tokens, fc.integer({ min: 1, max: 12 }), (a, b, maxEdits) => {
        expect(diffSequences(a, b, maxEdits)).toEqual(jsdiffRuns(a, b, maxEdits));
      }),
      { numRuns: 3000 },
    );
  });

  it("handles empty and identical lists", () => {
    expect(diffSequences([], [])).toEqual([]);
    expect(diffSequences(["x"], ["x"])).toEqual([{ added: false, removed: false, count: 1 }]);
    expect(diffSequences([], ["x", "y"])).toEqual([{ added: true, removed: false, count: 2 }]);
    expect(diffSequences(["x"], [])).toEqual([{ added: false, removed: true, count: 1 }]);
  });

  it("agrees with jsdiff on lists of repeated paragraphs with scattered edits", () => {
    const paragraph = ["The fire", " started", " at night", ".", "\n"];
    const a = Array.from({ length: 60 }, (_, i) => paragraph[i % paragraph.length]!);
    const b = [...a];
    b.splice(7, 1, "The fire");
    b.splice(31, 2);
    b.splice(44, 0, " at night", ".");
    expect(diffSequences(a, b)).toEqual(jsdiffRuns(a, b));
    expect(diffSequences(a, b, 3)).toEqual(jsdiffRuns(a, b, 3));
  });
});
