import { describe, expect, it } from "vitest";
import { highlightedHtml } from "@/lib/reader/highlighted-html";

describe("highlightedHtml", () => {
  it("escapes every character of the text and marks nested highlights", () => {
    const text = 'He said "<b>12</b>" & left.\nNext';
    const twelve = text.indexOf("12");
    const html = highlightedHtml(text, [
      { id: "a", start: text.indexOf('"'), end: text.indexOf("&"), kind: "NOTE", anchorState: "EXACT" },
      { id: "b", start: twelve, end: twelve + 2, kind: "CLAIM", anchorState: "TEXT_CHANGED" },
    ]);
    expect(html).not.toContain("<b>");
    expect(html).toContain("&quot;&lt;b&gt;");
    expect(html).toContain(
      '<mark class="hl" data-ids="0 1" data-kind="CLAIM" data-state="TEXT_CHANGED" data-depth="2">12</mark>',
    );
    expect(html).toMatch(/^<p data-start="0">He said <mark class="hl" data-ids="0">&quot;&lt;b&gt;<\/mark>/);
    expect(html).toContain(`<p data-start="${text.indexOf("Next")}">Next</p>`);
  });

  it("keeps the text intact: stripping the tags gives back every paragraph", () => {
    const text = "Line one & two\n\nLine <three>";
    const html = highlightedHtml(text, [{ id: "x", start: 5, end: 20, kind: "NOTE", anchorState: "EXACT" }]);
    const paragraphs = html
      .split("</p>")
      .filter(Boolean)
      .map((p) =>
        p
          .replace(/<[^>]+>/g, "")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&amp;/g, "&"),
      );
    expect(paragraphs).toEqual(["Line one & two", "Line <three>"]);
  });
});
