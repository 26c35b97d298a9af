import { describe, expect, it } from "vitest";
import { codePointsToUtf16 } from "@/lib/anchoring/offsets";
import { collect, fromArray, makeExportAnnotation } from "@/test/support/export-entries";
import {
  parseWebAnnotations,
  streamWebAnnotationCollection,
  toWebAnnotation,
  toWebAnnotationReplies,
  withAnnotationContext,
} from "./web-annotation";
import { UTF16_END, UTF16_START } from "./web-annotation-vocab";
import { checkDataModel } from "@/lib/annotation-protocol/data-model-check";

const TEXT = "Flood 🌊 toll: “12 👩‍👩‍👧 families” said the café owner.";

describe("toWebAnnotation", () => {
  it("writes both selectors, code points in the spec's start/end and UTF-16 in the extension", () => {
    const start = TEXT.indexOf("12");
    const end = TEXT.indexOf("families") + "families".length;
    const a = makeExportAnnotation(TEXT, start, end);
    const anno = toWebAnnotation(a);

    expect(anno).toMatchObject({
      id: `${a.appUrl}#annotation-${a.id}`,
      type: "Annotation",
      motivation: "commenting",
      creator: { id: a.creatorIri, type: "Person", name: "Eda Editor" },
      created: "2026-11-10T09:00:00.000Z",
      modified: "2026-11-11T10:15:30.123Z",
      body: [
        {
          type: "TextualBody",
          value: "Check the **official** figures.",
          format: "text/markdown",
          purpose: "commenting",
        },
        { type: "TextualBody", value: "casualties", purpose: "tagging" },
      ],
    });
    const target = anno.target as Exclude<typeof anno.target, string>;
    expect(target.source).toBe(a.articleUrl);
    const [quote, position] = target.selector;
    expect(quote).toEqual({
      type: "TextQuoteSelector",
      exact: "12 👩‍👩‍👧 families",
      prefix: TEXT.slice(0, start),
      suffix: TEXT.slice(end, end + 32),
    });
    // 🌊 is one code point but two UTF-16 units; the family emoji is 5 code points, 8 units
    expect(position).toEqual({
      type: "TextPositionSelector",
      start: start - 1,
      end: end - 4,
      [UTF16_START]: start,
      [UTF16_END]: end,
    });
    expect([...TEXT].slice(position.start, position.end).join("")).toBe(quote.exact);
    expect(codePointsToUtf16(TEXT, position.start)).toBe(position[UTF16_START]);
  });

  it("motivates a claim as highlighting and falls back to the app URL as source", () => {
    const a = makeExportAnnotation(TEXT, 0, 5, { kind: "CLAIM", articleUrl: null, body: "", tags: [] });
    const anno = toWebAnnotation(a);
    expect(anno.motivation).toBe("highlighting");
    expect(anno.body).toBeUndefined();
    expect((anno.target as { source: string }).source).toBe(a.appUrl);
  });

  it("writes replies as annotations replying to the parent's id", () => {
    const a = makeExportAnnotation(TEXT, 0, 5);
    const [reply] = toWebAnnotationReplies(a);
    expect(reply).toMatchObject({
      id: `${a.appUrl}#reply-${a.replies[0]!.id}`,
      motivation: "replying",
      target: toWebAnnotation(a).id,
      body: [{ type: "TextualBody", value: "Agreed, see the ministry page.", purpose: "replying" }],
      creator: { name: "Rui Reviewer" },
    });
  });

  it("gives a stand-alone annotation the anno.jsonld context first", () => {
    const doc = withAnnotationContext(toWebAnnotation(makeExportAnnotation(TEXT, 0, 5)));
    expect(doc["@context"][0]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(parseWebAnnotations(JSON.parse(JSON.stringify(doc)))).toHaveLength(1);
  });
});

describe("streamWebAnnotationCollection", () => {
  const collection = {
    id: "https://factdesk.example/w/demo/reports/r1/annotations.jsonld",
    label: "Flooding annotations",
    generatedAt: new Date("2026-11-20T10:00:00Z"),
  };

  it("streams a valid AnnotationCollection with an embedded first page and a trailing total", async () => {
    const annotations = [makeExportAnnotation(TEXT, 0, 5), makeExportAnnotation(TEXT, 6, 8, { replies: [] })];
    const doc = JSON.parse(await collect(streamWebAnnotationCollection(collection, fromArray(annotations))));

    expect(doc).toMatchObject({
      "@context": ["http://www.w3.org/ns/anno.jsonld", { factdesk: expect.any(String) }],
      id: collection.id,
      type: "AnnotationCollection",
      label: "Flooding annotations",
      generated: "2026-11-20T10:00:00.000Z",
      first: { id: `${collection.id}#page-1`, type: "AnnotationPage", startIndex: 0 },
      last: `${collection.id}#page-1`,
      total: 3,
    });
    expect(doc.first.items.map((i: { motivation: string }) => i.motivation)).toEqual([
      "commenting",
      "replying",
      "commenting",
    ]);
    expect(Object.keys(doc).at(-1)).toBe("total");
  });

  it("streams an empty collection without any page (no empty first page)", async () => {
    const doc = JSON.parse(await collect(streamWebAnnotationCollection(collection, fromArray([]))));
    expect(doc).not.toHaveProperty("first");
    expect(doc).not.toHaveProperty("last");
    expect(doc.total).toBe(0);
    expect(checkDataModel(doc)).toEqual([]);
    expect(parseWebAnnotations(doc)).toEqual([]);
  });

  it("meets the Data Model's MUSTs and SHOULDs: creator ids, partOf, startIndex, source and scope", async () => {
    const annotations = [makeExportAnnotation(TEXT, 0, 5), makeExportAnnotation(TEXT, 6, 8, { articleUrl: null })];
    const doc = JSON.parse(await collect(streamWebAnnotationCollection(collection, fromArray(annotations))));
    expect(checkDataModel(doc)).toEqual([]);
    expect(doc.first).toMatchObject({ partOf: collection.id, startIndex: 0 });
    expect(doc.first.items[0].target).toMatchObject({
      source: annotations[0]!.articleUrl,
      scope: annotations[0]!.appUrl,
    });
    expect(doc.first.items[2].target).toEqual(expect.objectContaining({ source: annotations[1]!.appUrl }));
    expect(doc.first.items[2].target).not.toHaveProperty("scope");
    expect(doc.first.items.map((i: { creator: { id: string } }) => i.creator.id)).toEqual([
      annotations[0]!.creatorIri,
      annotations[0]!.replies[0]!.creatorIri,
      annotations[1]!.creatorIri,
      annotations[1]!.replies[0]!.creatorIri,
    ]);
  });

  it("round-trips through parseWebAnnotations, replies included", async () => {
    const annotations = [makeExportAnnotation(TEXT, 0, 5), makeExportAnnotation(TEXT, 6, 8, { kind: "CLAIM" })];
    const parsed = parseWebAnnotations(
      JSON.parse(await collect(streamWebAnnotationCollection(collection, fromArray(annotations)))),
    );
    expect(parsed.map((p) => [p.kind, p.exact, p.replies.map((r) => r.body)])).toEqual([
      ["NOTE", TEXT.slice(0, 5), ["Agreed, see the ministry page."]],
      ["CLAIM", TEXT.slice(6, 8), ["Agreed, see the ministry page."]],
    ]);
  });
});
