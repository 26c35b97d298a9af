import { describe, expect, it } from "vitest";
import { checkDataModel } from "./data-model-check";

const ANNO = "http://www.w3.org/ns/anno.jsonld";
const annotation = {
  id: "https://factdesk.example/a/1",
  type: "Annotation",
  motivation: "commenting",
  creator: { id: "https://factdesk.example/agents/users/u1", type: "Person", name: "Eda" },
  created: "2026-11-10T09:00:00.000Z",
  modified: "2026-11-10T09:00:00Z",
  target: {
    source: "https://news.example.test/story",
    selector: [
      { type: "TextQuoteSelector", exact: "12" },
      { type: "TextPositionSelector", start: 3, end: 5 },
    ],
  },
};
const page = {
  id: "https://factdesk.example/c/?page=0",
  type: "AnnotationPage",
  partOf: "https://factdesk.example/c/",
  startIndex: 0,
  items: [annotation],
};
const collection = {
  "@context": ANNO,
  id: "https://factdesk.example/c/",
  type: "AnnotationCollection",
  label: "C",
  total: 1,
  first: page,
  last: page.id,
};

describe("checkDataModel", () => {
  it("passes a conforming annotation, page and collection", () => {
    expect(checkDataModel({ "@context": ANNO, ...annotation })).toEqual([]);
    expect(checkDataModel({ "@context": ANNO, ...page })).toEqual([]);
    expect(checkDataModel(collection)).toEqual([]);
    expect(
      checkDataModel({ "@context": ANNO, id: collection.id, type: "AnnotationCollection", label: "C", total: 0 }),
    ).toEqual([]);
  });

  it.each([
    ["no anno.jsonld context", { ...annotation }, "@context"],
    ["a relative id", { "@context": ANNO, ...annotation, id: "/a/1" }, "id"],
    ["no target", { "@context": ANNO, ...annotation, target: undefined }, "target"],
    [
      "a target without source",
      { "@context": ANNO, ...annotation, target: { selector: annotation.target.selector } },
      "target.source",
    ],
    [
      "an empty quote",
      {
        "@context": ANNO,
        ...annotation,
        target: { ...annotation.target, selector: [{ type: "TextQuoteSelector", exact: "" }] },
      },
      "target.selector[0].exact",
    ],
    [
      "a backwards position",
      {
        "@context": ANNO,
        ...annotation,
        target: { ...annotation.target, selector: [{ type: "TextPositionSelector", start: 5, end: 3 }] },
      },
      "target.selector[0]",
    ],
    [
      "a creator without id (SHOULD)",
      { "@context": ANNO, ...annotation, creator: { type: "Person", name: "Eda" } },
      "creator.id",
    ],
    ["no modified (SHOULD)", { "@context": ANNO, ...annotation, modified: undefined }, "modified"],
    ["an empty page", { ...collection, first: { ...page, items: [] } }, "first.items"],
    ["a page without partOf (SHOULD)", { ...collection, first: { ...page, partOf: undefined } }, "first.partOf"],
    [
      "a page without startIndex (SHOULD)",
      { ...collection, first: { ...page, startIndex: undefined } },
      "first.startIndex",
    ],
    [
      "a page of another collection",
      { ...collection, first: { ...page, partOf: "https://elsewhere.example/c/" } },
      "first.partOf",
    ],
    ["an empty collection with a page", { ...collection, total: 0, first: page }, "first"],
    ["a collection with annotations but no first page", { ...collection, first: undefined }, "first"],
  ])("flags %s", (_name, document, path) => {
    const problems = checkDataModel(JSON.parse(JSON.stringify(document)));
    expect(
      problems.some((p) => p.startsWith(`${path}:`)),
      problems.join("\n"),
    ).toBe(true);
  });
});
