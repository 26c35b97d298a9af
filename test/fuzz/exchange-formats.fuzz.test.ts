import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseWebAnnotations, toWebAnnotation, withAnnotationContext } from "@/lib/exports/web-annotation";
import { neutralizeFormula } from "@/lib/exports/csv";
import { makeExportAnnotation } from "@/test/support/export-entries";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import { FUZZ_RUNS, hostileText } from "./arbitraries";

const SLOW = 300_000;

/** Replaces one value somewhere inside a JSON document by a generated one. */
function mutate(document: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || typeof document !== "object" || document === null) return replacement;
  const entries = Object.entries(document as Record<string, unknown>);
  if (entries.length === 0) return replacement;
  const [key, value] = entries[path[0]! % entries.length]!;
  const copy: Record<string, unknown> | unknown[] = Array.isArray(document)
    ? [...document]
    : { ...(document as Record<string, unknown>) };
  (copy as Record<string, unknown>)[key] = mutate(value, path.slice(1), replacement);
  return copy;
}

describe(`W3C Web Annotation import, ${FUZZ_RUNS} generated documents`, () => {
  const TEXT = "At least 12 people died 👩‍👩‍👧 in the flood, officials said. مرحبا";
  // offsets on character boundaries (never inside the emoji's surrogate pairs)
  const boundaries = [...TEXT].reduce<number[]>((at, character) => [...at, at.at(-1)! + character.length], [0]);
  const valid = (start: number, end: number, body: string) =>
    withAnnotationContext(toWebAnnotation(makeExportAnnotation(TEXT, start, end, { body })));
  const document = fc.oneof(
    { weight: 1, arbitrary: fc.anything({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    {
      weight: 1,
      arbitrary: fc.tuple(hostileText(60), fc.array(hostileText(10), { maxLength: 3 })).map(([body, tags]) => ({
        type: "AnnotationPage",
        items: [withAnnotationContext(toWebAnnotation(makeExportAnnotation(TEXT, 0, 8, { body, tags })))],
      })),
    },
    {
      weight: 3,
      arbitrary: fc
        .tuple(
          fc.constantFrom(...boundaries.slice(0, 20)),
          fc.constantFrom(...boundaries.slice(21)),
          hostileText(40),
          fc.array(fc.nat(20), { maxLength: 5 }),
          fc.oneof(fc.anything({ maxDepth: 2 }), hostileText(20), fc.integer({ min: -2, max: 1e9 })),
        )
        .map(([start, end, body, path, replacement]) =>
          mutate(
            { type: "AnnotationPage", items: [valid(start, end, body), valid(0, 8, "second")] },
            path,
            replacement,
          ),
        ),
    },
  );

  it(
    "gives annotations with sane selectors, or a clear refusal naming what is wrong, never a crash",
    () => {
      const outcomes = { parsed: 0, refused: 0 };
      fc.assert(
        fc.property(document, (json) => {
          try {
            const parsed = parseWebAnnotations(json);
            if (parsed.length > 0) outcomes.parsed++;
            for (const annotation of parsed) {
              expect(typeof annotation.exact).toBe("string");
              expect(typeof annotation.source).toBe("string");
              if (annotation.start !== undefined && annotation.end !== undefined) {
                expect(Number.isSafeInteger(annotation.start) && annotation.start >= 0).toBe(true);
                expect(annotation.end).toBeGreaterThanOrEqual(annotation.start);
              }
            }
          } catch (error) {
            if (!(error instanceof InvalidInputError || error instanceof PayloadTooLargeError)) throw error;
            expect(error.message.length).toBeGreaterThan(0);
            outcomes.refused++;
          }
        }),
        { numRuns: FUZZ_RUNS },
      );
      // the generator reaches both sides: documents that import, and ones refused
      expect(outcomes.parsed).toBeGreaterThan(FUZZ_RUNS / 50);
      expect(outcomes.refused).toBeGreaterThan(FUZZ_RUNS / 50);
    },
    SLOW,
  );
});

describe(`CSV cells, ${FUZZ_RUNS} generated cells`, () => {
  it(
    "never start with a character a spreadsheet would read as a formula",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            hostileText(30),
            fc.constantFrom("=1+1", "+cmd", "-2", "@SUM(A1)", "\t=x", "\r=x", '=HYPERLINK("http://evil")'),
          ),
          (cell) => {
            const safe = neutralizeFormula(cell);
            expect(safe).not.toMatch(/^[=+\-@\t\r]/);
            // only a leading quote is added: the content is kept
            expect([cell, `'${cell}`]).toContain(safe);
          },
        ),
        { numRuns: FUZZ_RUNS },
      );
    },
    SLOW,
  );
});
