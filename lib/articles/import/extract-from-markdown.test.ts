import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalText } from "@/lib/articles/canonical-text";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import { extractFromMarkdown } from "./extract-from-markdown";
import { corpusArticles } from "./news-page-fixture";

describe("extractFromMarkdown", () => {
  it("reduces headings, emphasis, links and lists to their text, one paragraph each", () => {
    const markdown = "# Storm *hits* coast\n\nWinds of **120 km/h** hit [the town](https://example.com) on _Monday_.\n\n- first point\n- second point\n\n1. one\n2. two";
    expect(extractFromMarkdown(markdown)).toEqual({
      text: "Storm hits coast\n\nWinds of 120 km/h hit the town on Monday.\n\nfirst point\n\nsecond point\n\none\n\ntwo",
      suggestedTitle: "Storm hits coast",
    });
  });

  it("keeps line breaks, block quotes and code as text", () => {
    const markdown = "A hard  \nbreak\n\n> quoted\n> words\n\n```js\nif (a) {\n  b();\n}\n```\n\nInline `code()` here.";
    expect(extractFromMarkdown(markdown).text).toBe("A hard\nbreak\n\nquoted words\n\nif (a) {\n  b();\n}\n\nInline code() here.");
  });

  it("passes no HTML through: raw tags stay visible text, scripts are not elements", () => {
    const { text } = extractFromMarkdown("Hello <b>bold</b>\n\n<script>alert(1)</script>\n\n![alt text](x.png)");
    expect(text).toBe("Hello <b>bold</b>\n\n<script>alert(1)</script>");
  });

  it("titles by the first heading, else the first line", () => {
    expect(extractFromMarkdown("Intro line\n\n## Later heading").suggestedTitle).toBe("Later heading");
    expect(extractFromMarkdown("Just *a* line\nand more").suggestedTitle).toBe("Just a line");
    expect(extractFromMarkdown("  \n").suggestedTitle).toBeUndefined();
  });

  it("keeps the corpus articles' paragraphs", () => {
    for (const { paragraphs } of corpusArticles()) {
      const { text } = extractFromMarkdown(paragraphs.join("\n\n"));
      // Markdown may read a "1." or "*" at a line start as list syntax; plain news prose survives word for word.
      for (const paragraph of paragraphs.filter((p) => !/^\s*([-*+]|\d+[.)])\s|[*_`\\[\]<#]/.test(p))) expect(text).toContain(paragraph);
    }
  });

  it("refuses input over 5 MB", () => {
    expect(() => extractFromMarkdown("a".repeat(5 * 1024 * 1024 + 1))).toThrow(PayloadTooLargeError);
  });

  it("never throws on arbitrary Markdown; the result is canonical", () => {
    const fragment = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom("# ", "\n", "\n\n", "*", "**", "_", "`", "```\n", "> ", "- ", "1. ", "[", "](", ")", "![", "<b>", "</b>", "<script>", "&amp;", "&#0;", "\u0000", "    ", "|", "---", "\\"),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), (parts) => {
        try {
          const { text } = extractFromMarkdown(parts.join(""));
          expect(canonicalText(text)).toBe(text);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInputError);
        }
      }),
      { numRuns: 2000 },
    );
  }, 60_000);
});
