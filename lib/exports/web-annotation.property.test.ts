/**
 * Round trip: toWebAnnotation -> JSON text -> parseWebAnnotations gives back
 * the same selectors (code points and UTF-16), body, tags, kind, creator,
 * dates and replies, for text full of astral, combining and RTL characters.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExportAnnotation } from "@/lib/exports/report-model";
import { makeExportAnnotation } from "@/test/support/export-entries";
import { parseWebAnnotations, toWebAnnotation, toWebAnnotationReplies, withAnnotationContext } from "./web-annotation";
import { checkDataModel } from "@/lib/annotation-protocol/data-model-check";

const PIECES = [
  "the ",
  "toll ",
  "12 ",
  "café ",
  "naïve",
  " ",
  ", ",
  ".\n",
  "😀",
  "🌊",
  "👩‍👩‍👧",
  "🇺🇦",
  "👍🏽", // astral, ZWJ sequences, flags, skin tones
  "e\u0301",
  "a\u0308\u0323",
  "क्षि",
  "ñ", // combining marks, Devanagari conjuncts
  "שלום ",
  "مرحبا ",
  "\u200F",
  "\u202Bمتن\u202C", // Hebrew, Arabic, RLM, embedding controls
  "𝔘𝔫𝔦",
  "中文",
  "\u00A0",
  "\t",
];

const textArb = fc.array(fc.constantFrom(...PIECES), { minLength: 2, maxLength: 40 }).map((parts) => parts.join(""));
const dateArb = fc.date({
  min: new Date("2000-01-01T00:00:00Z"),
  max: new Date("2100-01-01T00:00:00Z"),
  noInvalidDate: true,
});
const wordArb = fc.string({ unit: "grapheme", minLength: 1, maxLength: 20 });

/** Offsets on code-point boundaries (never inside a surrogate pair), start < end. */
function spanIn(text: string, a: number, b: number): [number, number] {
  const boundaries: number[] = [0];
  for (const ch of text) boundaries.push(boundaries.at(-1)! + ch.length);
  const i = a % (boundaries.length - 1);
  const j = i + 1 + (b % (boundaries.length - 1 - i));
  return [boundaries[i]!, boundaries[j]!];
}

const annotationArb = fc
  .record({
    text: textArb,
    a: fc.nat(),
    b: fc.nat(),
    kind: fc.constantFrom("NOTE", "CLAIM") as fc.Arbitrary<"NOTE" | "CLAIM">,
    body: fc.oneof(fc.constant(""), fc.string({ unit: "grapheme", maxLength: 200 })),
    tags: fc.array(wordArb, { maxLength: 4 }),
    creatorName: wordArb,
    created: dateArb,
    modified: dateArb,
    replies: fc.array(
      fc.record({
        body: fc.string({ unit: "grapheme", minLength: 1, maxLength: 80 }),
        creatorName: wordArb,
        created: dateArb,
      }),
      { maxLength: 3 },
    ),
  })
  .map(({ text, a, b, replies, ...rest }) => {
    const [start, end] = spanIn(text, a, b);
    return {
      text,
      annotation: makeExportAnnotation(text, start, end, {
        ...rest,
        replies: replies.map((r, i) => ({
          id: `r${i}`,
          ...r,
          creatorIri: `https://factdesk.example/agents/users/r${i}`,
          modified: r.created,
        })),
      }),
    };
  });

function roundTrip(a: ExportAnnotation) {
  const json = JSON.stringify([toWebAnnotation(a), ...toWebAnnotationReplies(a)]);
  const parsed = parseWebAnnotations(JSON.parse(json));
  expect(parsed).toHaveLength(1);
  return parsed[0]!;
}

describe("Web Annotation round trip", () => {
  it("keeps selectors, body, tags, kind, creator, dates and replies", () => {
    fc.assert(
      fc.property(annotationArb, ({ text, annotation: a }) => {
        const p = roundTrip(a);
        expect(p).toEqual({
          sourceId: toWebAnnotation(a).id,
          source: a.articleUrl,
          exact: a.exact,
          prefix: a.prefix,
          suffix: a.suffix,
          start: a.startCodePoint,
          end: a.endCodePoint,
          utf16Start: a.start,
          utf16End: a.end,
          body: a.body,
          tags: a.tags,
          kind: a.kind,
          creatorName: a.creatorName,
          created: a.created,
          modified: a.modified,
          replies: a.replies.map((r) => ({
            sourceId: `${a.appUrl}#reply-${r.id}`,
            body: r.body,
            creatorName: r.creatorName,
            created: r.created,
            modified: r.modified,
          })),
        });
        // both units address the same text
        expect(text.slice(p.utf16Start, p.utf16End)).toBe(p.exact);
        expect([...text].slice(p.start, p.end).join("")).toBe(p.exact);
      }),
      { numRuns: 300 },
    );
  });

  it("every annotation and reply meets the Data Model (checkDataModel)", () => {
    fc.assert(
      fc.property(annotationArb, ({ annotation: a }) => {
        for (const item of [toWebAnnotation(a), ...toWebAnnotationReplies(a)])
          expect(checkDataModel(withAnnotationContext(item))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
