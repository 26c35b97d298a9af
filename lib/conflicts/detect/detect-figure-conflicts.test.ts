import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { connectedComponents } from "./connected-components";
import { conflictFingerprint } from "./conflict-fingerprint";
import { detectFigureConflicts, type FigureClaim } from "./detect-figure-conflicts";

const KYIV = { eventLabel: "Russian strike on Kyiv", eventDate: "2025-04-24", eventPlace: "Kyiv" };

let seq = 0;
function claim(more: Partial<FigureClaim>): FigureClaim {
  seq += 1;
  return {
    id: `c${String(seq).padStart(3, "0")}`,
    metric: "killed",
    valueLow: 12,
    valueHigh: 12,
    qualifier: "EXACT",
    unit: null,
    ...KYIV,
    ...more,
  };
}

describe("detectFigureConflicts", () => {
  it("at least 12 and at least 19 about one strike: no conflict", () => {
    expect(
      detectFigureConflicts([
        claim({ qualifier: "AT_LEAST" }),
        claim({ valueLow: 19, valueHigh: 19, qualifier: "AT_LEAST" }),
      ]),
    ).toEqual([]);
  });

  it("at least 12 and exactly 9 about one strike: one conflict with a question", () => {
    const a = claim({ qualifier: "AT_LEAST" });
    const b = claim({ valueLow: 9, valueHigh: 9 });
    expect(detectFigureConflicts([b, a])).toEqual([
      {
        kind: "FIGURE_MISMATCH",
        fingerprint: `FIGURE_MISMATCH:${a.id},${b.id}`,
        claimIds: [a.id, b.id],
        question:
          'Russian strike on Kyiv (2025-04-24, Kyiv) — "killed": one claim says at least 12, another says 9 — both cannot be true. Which holds?',
        questionParams: {
          kind: "FIGURE_MISMATCH",
          event: "Russian strike on Kyiv (2025-04-24, Kyiv)",
          metric: "killed",
          values: [
            { valueLow: 12, valueHigh: 12, qualifier: "AT_LEAST", unit: null },
            { valueLow: 9, valueHigh: 9, qualifier: "EXACT", unit: null },
          ],
        },
      },
    ]);
  });

  it("compares metrics after normalization: 'dead' is 'killed'", () => {
    expect(
      detectFigureConflicts([claim({ metric: "dead" }), claim({ metric: "Killed", valueLow: 9, valueHigh: 9 })]),
    ).toHaveLength(1);
  });

  it("never compares different metrics, nor a total with a subtype", () => {
    const missiles = claim({ metric: "missiles", valueLow: 11, valueHigh: 11 });
    const ballistic = claim({ metric: "ballistic missiles", valueLow: 4, valueHigh: 4 });
    const injured = claim({ metric: "injured", valueLow: 90, valueHigh: 90 });
    expect(detectFigureConflicts([missiles, ballistic, injured, claim({})])).toEqual([]);
  });

  it("11 missiles vs about 70 missiles conflict; 68 vs about 70 do not", () => {
    const eleven = claim({ metric: "missiles", valueLow: 11, valueHigh: 11 });
    const about70 = claim({ metric: "missiles", valueLow: 70, valueHigh: 70, qualifier: "ABOUT" });
    const sixtyEight = claim({ metric: "missiles", valueLow: 68, valueHigh: 68 });
    const found = detectFigureConflicts([eleven, about70, sixtyEight]);
    expect(found).toHaveLength(1);
    expect(found[0]!.claimIds).toEqual([eleven.id, about70.id, sixtyEight.id]);
    expect(found[0]!.question).toBe(
      'Russian strike on Kyiv (2025-04-24, Kyiv) — "missiles": claims say 11; about 70; 68 — they cannot all be true. Which holds?',
    );
  });

  it("keeps different nights apart even under the same label", () => {
    expect(detectFigureConflicts([claim({}), claim({ valueLow: 1, valueHigh: 1, eventDate: "2025-07-04" })])).toEqual(
      [],
    );
  });

  it("groups by day and place when labels are missing", () => {
    const byPlace = { eventLabel: null, eventDate: "2025-04-24", eventPlace: "Kiev" };
    expect(
      detectFigureConflicts([claim(byPlace), claim({ ...byPlace, eventPlace: "Kyiv", valueLow: 9, valueHigh: 9 })]),
    ).toHaveLength(1);
  });

  it("skips claims it cannot place or read", () => {
    const noEvent = { eventLabel: null, eventDate: null, eventPlace: null };
    expect(detectFigureConflicts([claim({}), claim({ ...noEvent, valueLow: 9, valueHigh: 9 })])).toEqual([]);
    expect(detectFigureConflicts([claim({}), claim({ eventLabel: null, eventPlace: null, valueLow: 9 })])).toEqual([]);
    expect(detectFigureConflicts([claim({}), claim({ metric: null, valueLow: 9 })])).toEqual([]);
    expect(detectFigureConflicts([claim({}), claim({ valueLow: null, valueHigh: null })])).toEqual([]);
  });

  it("three claims that disagree form one conflict, and chains join", () => {
    const a = claim({ valueLow: 12, valueHigh: 12 });
    const b = claim({ valueLow: 15, valueHigh: 15 });
    const c = claim({ valueLow: 19, valueHigh: 19 });
    const found = detectFigureConflicts([a, b, c]);
    expect(found.map((conflict) => conflict.claimIds)).toEqual([[a.id, b.id, c.id]]);
    // 10–15 agrees with 12 and 15 but not with 19; 12 and 19 disagree: still one component.
    const range = claim({ valueLow: 10, valueHigh: 15 });
    expect(detectFigureConflicts([a, range, c]).map((conflict) => conflict.claimIds)).toEqual([
      [a.id, range.id, c.id].sort(),
    ]);
  });

  it("is independent of input order and stable across runs", () => {
    const claims = [
      claim({}),
      claim({ valueLow: 9, valueHigh: 9 }),
      claim({ metric: "drones", valueLow: 539, valueHigh: 539 }),
      claim({ metric: "drones", valueLow: 70, valueHigh: 70, qualifier: "UP_TO" }),
    ];
    const expected = detectFigureConflicts(claims);
    expect(expected).toHaveLength(2);
    fc.assert(
      fc.property(fc.shuffledSubarray(claims, { minLength: claims.length }), (shuffled) => {
        expect(detectFigureConflicts(shuffled)).toEqual(expected);
      }),
    );
  });
});

describe("detectFigureConflicts: asOf and rising tolls", () => {
  const morning = "2025-04-24T06:00:00Z";
  const evening = "2025-04-24T18:00:00Z";

  it("a later, higher toll is not a conflict", () => {
    expect(
      detectFigureConflicts([
        claim({ asOf: morning }),
        claim({ valueLow: 19, valueHigh: 19, asOf: new Date(evening) }),
      ]),
    ).toEqual([]);
  });

  it("a later toll below what the earlier one required is a conflict", () => {
    expect(
      detectFigureConflicts([
        claim({ qualifier: "AT_LEAST", valueLow: 19, valueHigh: 19, asOf: morning }),
        claim({ valueLow: 9, valueHigh: 9, asOf: evening }),
      ]),
    ).toHaveLength(1);
    expect(
      detectFigureConflicts([claim({ valueLow: 19, valueHigh: 19, asOf: morning }), claim({ asOf: evening })]),
    ).toHaveLength(1);
  });

  it("without both asOf times, different exact tolls conflict", () => {
    expect(detectFigureConflicts([claim({ asOf: morning }), claim({ valueLow: 19, valueHigh: 19 })])).toHaveLength(1);
    expect(
      detectFigureConflicts([claim({ asOf: morning }), claim({ valueLow: 19, valueHigh: 19, asOf: morning })]),
    ).toHaveLength(1);
  });

  it("asOf does not excuse different counts of a fixed quantity", () => {
    const drones = { metric: "drones", valueLow: 539, valueHigh: 539 };
    expect(
      detectFigureConflicts([
        claim({ ...drones, asOf: morning }),
        claim({ ...drones, valueLow: 550, valueHigh: 550, asOf: evening }),
      ]),
    ).toHaveLength(1);
  });
});

describe("connectedComponents and conflictFingerprint", () => {
  it("joins chains, keeps islands apart, sorts", () => {
    expect(
      connectedComponents([
        ["d", "c"],
        ["a", "b"],
        ["c", "e"],
      ]),
    ).toEqual([
      ["a", "b"],
      ["c", "d", "e"],
    ]);
    expect(connectedComponents([])).toEqual([]);
  });

  it("equals the reachability relation on random graphs", () => {
    const id = fc.constantFrom("a", "b", "c", "d", "e", "f");
    fc.assert(
      fc.property(fc.array(fc.tuple(id, id), { maxLength: 12 }), (edges) => {
        const components = connectedComponents(edges);
        const componentOf = new Map(components.flatMap((ids, k) => ids.map((x) => [x, k] as const)));
        for (const [a, b] of edges) expect(componentOf.get(a)).toBe(componentOf.get(b));
        expect(components.flat().sort()).toEqual([...new Set(edges.flat())].sort());
      }),
    );
  });

  it("fingerprints ignore order and duplicates", () => {
    expect(conflictFingerprint("FIGURE_MISMATCH", ["b", "a", "b"])).toBe("FIGURE_MISMATCH:a,b");
    expect(conflictFingerprint("QUOTE_MISMATCH", ["a", "b"])).not.toBe(
      conflictFingerprint("FIGURE_MISMATCH", ["a", "b"]),
    );
  });
});
