import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import {
  packAnnotations,
  packAnnotationsJson,
  unpackAnnotations,
  unpackAnnotationsJson,
} from "@/lib/reader/packed-annotations";

const TEXT = "At least 12 people died 👩‍👩‍👧 in the flood, officials said. مرحبا";

function annotation(overrides: Partial<AnnotationDto> = {}): AnnotationDto {
  const start = overrides.start ?? 0;
  const end = overrides.end ?? 8;
  return {
    id: "a1",
    kind: "NOTE",
    start,
    end,
    exact: TEXT.slice(start, end),
    anchorState: "EXACT",
    previousExact: null,
    noteStart: "Check the **police** count",
    tags: [],
    authorId: "u1",
    authorName: "Ana Editor",
    revision: 1,
    replyCount: 0,
    canEdit: true,
    canDelete: true,
    claims: [],
    ...overrides,
  };
}

describe("packAnnotations", () => {
  it("lists each author and claim once and leaves out quotes that are the text at their place", () => {
    const claim = { id: "c1", statement: "At least 12 people died in the flood" };
    const list = [
      annotation({ id: "a1", claims: [claim] }),
      annotation({ id: "a2", start: 9, end: 11, exact: "12", claims: [claim], tags: ["numbers"] }),
    ];
    const packed = packAnnotations(list, TEXT);
    expect(packed.authors).toEqual([["u1", "Ana Editor"]]);
    expect(packed.claims).toEqual([["c1", claim.statement]]);
    expect(packed.rows.map((row) => row[12])).toEqual([0, 0]);
    expect(unpackAnnotations(packed, TEXT)).toEqual(list);
  });

  it("keeps the quote of an orphaned annotation whose position no longer holds it", () => {
    const orphan = annotation({
      anchorState: "ORPHANED",
      start: 0,
      end: 0,
      exact: "at least 19 dead",
      previousExact: "at least 12 dead",
    });
    const packed = packAnnotations([orphan], TEXT);
    expect(packed.rows[0]![12]).toBe("at least 19 dead");
    expect(unpackAnnotations(packed, TEXT)).toEqual([orphan]);
  });

  it("round-trips any annotations, through JSON, on any text", () => {
    const dto = (text: string) =>
      fc
        .record({
          id: fc.string({ minLength: 1, maxLength: 8 }),
          kind: fc.constantFrom("NOTE" as const, "CLAIM" as const),
          a: fc.nat(text.length),
          b: fc.nat(text.length),
          quoteFromText: fc.boolean(),
          otherQuote: fc.string({ unit: "grapheme", maxLength: 12 }),
          anchorState: fc.constantFrom(
            "EXACT" as const,
            "RELOCATED" as const,
            "TEXT_CHANGED" as const,
            "AMBIGUOUS" as const,
            "ORPHANED" as const,
          ),
          previousExact: fc.option(fc.string({ unit: "grapheme", maxLength: 12 })),
          noteStart: fc.string({ maxLength: 20 }),
          tags: fc.array(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 3 }),
          authorId: fc.constantFrom("u1", "u2", "u3"),
          revision: fc.integer({ min: 1, max: 50 }),
          replyCount: fc.nat(20),
          canEdit: fc.boolean(),
          canDelete: fc.boolean(),
          claimIds: fc.uniqueArray(fc.constantFrom("c1", "c2", "c3"), { maxLength: 3 }),
        })
        .map(({ a, b, quoteFromText, otherQuote, authorId, claimIds, ...rest }): AnnotationDto => {
          const [start, end] = a <= b ? [a, b] : [b, a];
          return {
            ...rest,
            start,
            end,
            exact: quoteFromText ? text.slice(start, end) : otherQuote,
            authorId,
            authorName: `Name of ${authorId}`,
            claims: claimIds.map((id) => ({ id, statement: `Statement ${id}` })),
          };
        });
    const scenario = fc
      .string({ unit: "grapheme", maxLength: 80 })
      .chain((text) => fc.tuple(fc.constant(text), fc.array(dto(text), { maxLength: 12 })));
    fc.assert(
      fc.property(scenario, ([text, list]) => {
        expect(unpackAnnotationsJson(packAnnotationsJson(list, text), text)).toEqual(list);
      }),
      { numRuns: 500 },
    );
  });
});
