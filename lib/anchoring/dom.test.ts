// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { boundaryToOffset, readSelection, selectOffsets } from "@/lib/anchoring/dom";
import { highlightedHtml } from "@/lib/reader/highlighted-html";
import { splitParagraphs } from "@/lib/reader/highlight-segments";
import { canonicalText } from "@/lib/text-import/canonical-text";

/** The article text as the reader draws it (lib/reader/highlighted-html.ts), in a fresh document body. */
function render(text: string, spans: { start: number; end: number }[]): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = `<div>${highlightedHtml(
    text,
    spans.map((s, i) => ({ ...s, id: `a${i}`, kind: i % 2 ? "CLAIM" : "NOTE", anchorState: "EXACT" })),
  )}</div>`;
  document.body.replaceChildren(root);
  return root;
}

// Pieces that make offsets hard: surrogate pairs, combining marks, right-to-left text, markup characters.
const piece = fc.constantFrom(
  "a",
  "Kyiv ",
  "12",
  " ",
  "😀",
  "👩🏽‍🚒",
  "e\u0301",
  "שלום ",
  "مرحبا ",
  "<b>",
  "&amp;",
  '"',
  "\n",
  "\n\n",
);
const article = fc
  .array(piece, { minLength: 1, maxLength: 60 })
  .map((parts) => canonicalText(parts.join("")))
  .filter((t) => t.trim().length > 0);

describe("DOM ↔ text offsets", () => {
  it("selecting offsets in the page and reading the selection back gives the same offsets and text", () => {
    fc.assert(
      fc.property(
        article,
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
        fc.nat(),
        fc.nat(),
        (text, rawSpans, a, b) => {
          const spans = rawSpans.map(([x, y]) => ({
            start: Math.min(x, y) % text.length,
            end: (Math.max(x, y) % text.length) + 1,
          }));
          const root = render(text, spans);
          // a selection starts and ends inside paragraphs: the newlines between them are not on the page
          const paragraphs = splitParagraphs(text);
          const from = paragraphs[a % paragraphs.length]!;
          const to = paragraphs[Math.max(a % paragraphs.length, b % paragraphs.length)]!;
          const start = from.start + (a % (from.end - from.start));
          const end = Math.max(start + 1, to.start + 1 + (b % (to.end - to.start)));
          if (end > to.end) return;
          expect(selectOffsets(root, start, end)).toBe(true);
          expect(readSelection(root, text)).toEqual({ start, end, exact: text.slice(start, end) });
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a triple-click's whole-paragraph selection ends with the paragraph, not the newlines after it", () => {
    const text = "First paragraph.\n\nSecond one, with a 12 in it.\n\nThird.";
    const root = render(text, [{ start: text.indexOf("12"), end: text.indexOf("12") + 2 }]);
    const [, second, third] = [...root.querySelectorAll("p")];
    const range = document.createRange();
    range.setStart(second!, 0);
    range.setEnd(third!, 0);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
    expect(readSelection(root, text)?.exact).toBe("Second one, with a 12 in it.");
  });

  it("maps a boundary between paragraphs to the paragraph after it (a start) or before it (an end)", () => {
    const text = "One.\n\nTwo.";
    const root = render(text, []);
    const container = root.firstElementChild!;
    expect(boundaryToOffset(root, container, 1, "start")).toBe(text.indexOf("Two"));
    expect(boundaryToOffset(root, container, 1, "end")).toBe("One.".length);
    expect(boundaryToOffset(root, document.body, 0, "start")).toBeNull(); // outside the article
  });
});
