import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import { parseWebAnnotations } from "./parse-web-annotations";
import { MAX_IMPORTED_ANNOTATIONS } from "./web-annotation-vocab";

/** A minimal annotation as another tool might write it. */
function foreignAnnotation(overrides: Record<string, unknown> = {}) {
  return {
    id: "https://tool.example/anno/1",
    type: "Annotation",
    body: { type: "TextualBody", value: "Needs a source", format: "text/plain" },
    target: {
      source: "https://news.example/article",
      selector: { type: "TextQuoteSelector", exact: "40 people died", prefix: "at least ", suffix: " in" },
    },
    ...overrides,
  };
}

/** The InvalidInputError thrown for `json`, for asserting on its field paths. */
function errorFor(json: unknown): InvalidInputError {
  try {
    parseWebAnnotations(json);
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error("expected parseWebAnnotations to throw");
}

describe("parseWebAnnotations accepts", () => {
  it("a single annotation with single-valued body and selector", () => {
    expect(parseWebAnnotations(foreignAnnotation())).toEqual([
      {
        sourceId: "https://tool.example/anno/1",
        source: "https://news.example/article",
        exact: "40 people died",
        prefix: "at least ",
        suffix: " in",
        body: "Needs a source",
        tags: [],
        kind: "NOTE",
        replies: [],
      },
    ]);
  });

  it("an array, a page and a collection with an embedded first page", () => {
    const items = [foreignAnnotation(), foreignAnnotation({ id: "https://tool.example/anno/2" })];
    expect(parseWebAnnotations(items)).toHaveLength(2);
    expect(parseWebAnnotations({ type: "AnnotationPage", items })).toHaveLength(2);
    expect(
      parseWebAnnotations({ type: "AnnotationCollection", first: { type: "AnnotationPage", items } }),
    ).toHaveLength(2);
  });

  it("bodyValue, tags, a creator by nickname and a reply to a reply (flattened to the root)", () => {
    const parsed = parseWebAnnotations([
      foreignAnnotation({
        body: [{ type: "TextualBody", value: "flood", purpose: "tagging" }, "https://example.org/linked-body"],
        bodyValue: "Plain note",
        creator: { nickname: "ed" },
      }),
      {
        id: "r1",
        type: "Annotation",
        motivation: "replying",
        target: "https://tool.example/anno/1",
        bodyValue: "First reply",
      },
      { id: "r2", type: "Annotation", motivation: ["replying"], target: { id: "r1" }, bodyValue: "Reply to the reply" },
    ]);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]!).toMatchObject({ body: "Plain note", tags: ["flood"], creatorName: "ed" });
    expect(parsed[0]!.replies.map((r) => r.body)).toEqual(["First reply", "Reply to the reply"]);
  });

  it("highlighting as CLAIM, anything else as NOTE", () => {
    expect(parseWebAnnotations(foreignAnnotation({ motivation: "highlighting" }))[0]!.kind).toBe("CLAIM");
    expect(parseWebAnnotations(foreignAnnotation({ motivation: ["assessing", "commenting"] }))[0]!.kind).toBe("NOTE");
  });
});

describe("parseWebAnnotations refuses", () => {
  it.each([
    [
      "no quote selector",
      { target: { source: "https://news.example/a", selector: { type: "TextPositionSelector", start: 0, end: 4 } } },
      "target.selector",
    ],
    [
      "an empty quote",
      { target: { source: "https://news.example/a", selector: { type: "TextQuoteSelector", exact: "" } } },
      "target.selector[0].exact",
    ],
    [
      "a source that is not an IRI",
      { target: { source: "not an iri", selector: { type: "TextQuoteSelector", exact: "x" } } },
      "target.source",
    ],
    ["no target", { target: undefined }, "target"],
    ["two targets", { target: [{}, {}] }, "target"],
    ["a wrong type", { type: "Note" }, "type"],
    ["an impossible date", { created: "2026-02-30T10:00:00Z" }, "created"],
    [
      "an end before the start",
      {
        target: {
          source: "https://news.example/a",
          selector: [
            { type: "TextQuoteSelector", exact: "x" },
            { type: "TextPositionSelector", start: 5, end: 2 },
          ],
        },
      },
      "target.selector[1].end",
    ],
    [
      "half of the UTF-16 extension",
      {
        target: {
          source: "https://news.example/a",
          selector: [
            { type: "TextQuoteSelector", exact: "x" },
            { type: "TextPositionSelector", start: 1, end: 2, "factdesk:utf16Start": 1 },
          ],
        },
      },
      "target.selector[1].factdesk:utf16End",
    ],
  ])("%s, naming the field", (_name, overrides, path) => {
    const error = errorFor({
      type: "AnnotationPage",
      items: [foreignAnnotation(), foreignAnnotation({ id: "x", ...overrides })],
    });
    expect(Object.keys(error.fieldErrors)).toEqual([`items[1].${path}`]);
    expect(error.message).toContain(`items[1].${path}: `);
  });

  it("a reply to an annotation that is not in the file", () => {
    const error = errorFor([
      foreignAnnotation(),
      { type: "Annotation", motivation: "replying", target: "https://elsewhere.example/9", bodyValue: "?" },
    ]);
    expect(error.fieldErrors).toEqual({ "[1].target": ["replies to an annotation that is not in this file"] });
  });

  it("the same id twice", () => {
    expect(Object.keys(errorFor([foreignAnnotation(), foreignAnnotation()]).fieldErrors)).toEqual(["[1].id"]);
  });

  it("a collection whose pages are not embedded or continue elsewhere", () => {
    expect(errorFor({ type: "AnnotationCollection", first: "https://tool.example/page1" }).fieldErrors).toHaveProperty(
      "first",
    );
    expect(
      errorFor({
        type: "AnnotationCollection",
        first: { type: "AnnotationPage", items: [], next: "https://tool.example/page2" },
      }).fieldErrors,
    ).toHaveProperty(["first.next"]);
  });

  it("documents that are not annotations at all", () => {
    expect(errorFor("hello").fieldErrors).toHaveProperty(["(document)"]);
    expect(errorFor({ "@type": "ClaimReview" }).fieldErrors).toHaveProperty("type");
    expect(errorFor({ type: "AnnotationPage" }).fieldErrors).toHaveProperty("items");
  });

  it(`more than ${MAX_IMPORTED_ANNOTATIONS} annotations, with a clear message`, () => {
    const items = Array.from({ length: MAX_IMPORTED_ANNOTATIONS + 1 }, () => ({}));
    expect(errorFor({ type: "AnnotationPage", items }).message).toBe(
      "The file holds 10,001 annotations; at most 10,000 can be imported at once. Split it into smaller files.",
    );
  });

  it("and lists every problem in one error", () => {
    const error = errorFor([
      { type: "Annotation" },
      { type: "Annotation" },
      { type: "Annotation" },
      { type: "Annotation" },
    ]);
    expect(Object.keys(error.fieldErrors)).toEqual(["[0].target", "[1].target", "[2].target", "[3].target"]);
    expect(error.message).toContain("(and 1 more)");
  });
});
