import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectVerdictDisagreements, type VerdictOpinion } from "./detect-verdict-disagreements";

const SCALE: Record<string, number | null> = {
  FALSE_CLAIM: 1,
  MOSTLY_FALSE: 2,
  MIXED: 3,
  MOSTLY_TRUE: 4,
  TRUE_CLAIM: 5,
  UNVERIFIABLE: null,
};
const v = (verdictId: string, authorId: string, ratingKey: string): VerdictOpinion => ({
  verdictId,
  authorId,
  ratingKey,
  ordinal: SCALE[ratingKey]!,
});

describe("detectVerdictDisagreements", () => {
  it("agreeing editors: no conflict", () => {
    expect(
      detectVerdictDisagreements([{ claimId: "c1", verdicts: [v("v1", "ann", "MIXED"), v("v2", "bob", "MIXED")] }]),
    ).toEqual([]);
  });

  it("a single verdict, or none: no conflict", () => {
    expect(
      detectVerdictDisagreements([
        { claimId: "c1", verdicts: [v("v1", "ann", "MIXED")] },
        { claimId: "c2", verdicts: [] },
      ]),
    ).toEqual([]);
  });

  it("one editor with two different verdicts is not a disagreement between editors", () => {
    expect(
      detectVerdictDisagreements([
        { claimId: "c1", verdicts: [v("v1", "ann", "MIXED"), v("v2", "ann", "FALSE_CLAIM")] },
      ]),
    ).toEqual([]);
  });

  it("two editors, two ratings: one conflict on the claim", () => {
    const verdicts = [v("v2", "bob", "MOSTLY_TRUE"), v("v1", "ann", "FALSE_CLAIM"), v("v3", "cyd", "FALSE_CLAIM")];
    expect(detectVerdictDisagreements([{ claimId: "c1", verdicts }])).toEqual([
      {
        kind: "VERDICT_DISAGREEMENT",
        fingerprint: "VERDICT_DISAGREEMENT:c1/v1=FALSE_CLAIM,v2=MOSTLY_TRUE,v3=FALSE_CLAIM",
        claimIds: ["c1"],
        question:
          "Editors disagree on this claim's rating: FALSE_CLAIM (2 verdicts) vs MOSTLY_TRUE (1 verdict). Which rating holds?",
        questionParams: {
          kind: "VERDICT_DISAGREEMENT",
          ratings: [
            { key: "FALSE_CLAIM", label: null, count: 2 },
            { key: "MOSTLY_TRUE", label: null, count: 1 },
          ],
        },
        verdictIds: ["v1", "v2", "v3"],
        ratingKeys: ["FALSE_CLAIM", "MOSTLY_TRUE"],
        spread: 3,
      },
    ]);
  });

  it("an off-scale rating disagrees too, with no spread, and sorts last", () => {
    const [found] = detectVerdictDisagreements([
      { claimId: "c1", verdicts: [v("v1", "ann", "UNVERIFIABLE"), v("v2", "bob", "MIXED")] },
    ]);
    expect(found).toMatchObject({ ratingKeys: ["MIXED", "UNVERIFIABLE"], spread: null });
  });

  it("a changed rating gives a new fingerprint; unchanged verdicts the same one", () => {
    const before = [v("v1", "ann", "MIXED"), v("v2", "bob", "TRUE_CLAIM")];
    const after = [v("v1", "ann", "MOSTLY_FALSE"), v("v2", "bob", "TRUE_CLAIM")];
    const [a] = detectVerdictDisagreements([{ claimId: "c1", verdicts: before }]);
    const [b] = detectVerdictDisagreements([{ claimId: "c1", verdicts: [...before].reverse() }]);
    const [c] = detectVerdictDisagreements([{ claimId: "c1", verdicts: after }]);
    expect(a!.fingerprint).toBe(b!.fingerprint);
    expect(c!.fingerprint).not.toBe(a!.fingerprint);
  });

  it("flags exactly the claims where two authors gave two different keys", () => {
    const opinion = fc.record({
      verdictId: fc.uuid(),
      authorId: fc.constantFrom("ann", "bob", "cyd"),
      ratingKey: fc.constantFrom(...Object.keys(SCALE)),
    });
    const claims = fc.uniqueArray(fc.record({ claimId: fc.uuid(), verdicts: fc.array(opinion, { maxLength: 5 }) }), {
      selector: (c) => c.claimId,
      maxLength: 6,
    });
    fc.assert(
      fc.property(claims, (input) => {
        const withOrdinals = input.map((c) => ({
          ...c,
          verdicts: c.verdicts.map((o) => ({ ...o, ordinal: SCALE[o.ratingKey]! })),
        }));
        const flagged = new Set(detectVerdictDisagreements(withOrdinals).map((d) => d.claimIds[0]));
        for (const c of withOrdinals) {
          const pairs = c.verdicts.flatMap((a) => c.verdicts.map((b) => [a, b] as const));
          expect(flagged.has(c.claimId)).toBe(
            pairs.some(([a, b]) => a.authorId !== b.authorId && a.ratingKey !== b.ratingKey),
          );
        }
      }),
    );
  });
});
