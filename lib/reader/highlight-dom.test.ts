// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { highlightedHtml } from "@/lib/reader/highlighted-html";
import { firstMarkOf, highlightProps, innermostIndex, markActive, markAt } from "@/lib/reader/highlight-dom";
import { PARAGRAPH_SELECTOR, paragraphStart } from "@/lib/anchoring/paragraph-dom";

/** What the writer wrote, read back through the same contract. */
function page(text: string, spans: { id: string; start: number; end: number; kind?: string }[]): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = highlightedHtml(
    text,
    spans.map((s) => ({ kind: "NOTE", anchorState: "EXACT", ...s })),
  );
  return root;
}

describe("the highlight DOM contract, written and read back", () => {
  const text = "One two three.\nFour five.";

  it("paragraphs carry their offsets in the text", () => {
    const root = page(text, []);
    const starts = [...root.querySelectorAll<HTMLElement>(PARAGRAPH_SELECTOR)].map(paragraphStart);
    expect(starts).toEqual([0, text.indexOf("Four")]);
  });

  it("an event inside nested highlights finds its mark and the innermost annotation; an annotation its first mark", () => {
    const root = page(text, [
      { id: "outer", start: 0, end: 13 },
      { id: "inner", start: 4, end: 7, kind: "CLAIM" },
    ]);
    const inner = firstMarkOf(root, 1)!;
    expect(inner.textContent).toBe("two");
    expect(markAt(inner.firstChild!.parentElement)).toBe(inner);
    expect(innermostIndex(inner)).toBe(1);
    expect(firstMarkOf(root, 0)!.textContent).toBe("One ");
    expect(markAt(root.querySelector("p"))).toBeNull();
  });

  it("marks one annotation's runs active, and none", () => {
    const root = page(text, [
      { id: "outer", start: 0, end: 13 },
      { id: "inner", start: 4, end: 7 },
    ]);
    markActive(root, 0);
    expect([...root.querySelectorAll(".active")].map((m) => m.textContent)).toEqual(["One ", "two", " three"]);
    markActive(root, 1);
    expect([...root.querySelectorAll(".active")].map((m) => m.textContent)).toEqual(["two"]);
    markActive(root, undefined);
    expect(root.querySelectorAll(".active")).toHaveLength(0);
  });

  it("a sample highlight (the legend) has the same look attributes", () => {
    expect(highlightProps("CLAIM", "TEXT_CHANGED")).toEqual({
      className: "hl",
      "data-kind": "CLAIM",
      "data-state": "TEXT_CHANGED",
    });
  });
});
