import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalText } from "@/lib/text-import/canonical-text";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import { extractFromMarkdown } from "./extract-from-markdown";
import { articleParagraphs } from "@/test/support/news-page";

describe("extractFromMarkdown", () => {
  it("reduces headings, emphasis, links and lists to their text, one paragraph each", () => {
    const markdown =
      "# Storm *hits* coast\n\nWinds of **120 km/h** hit [the town](https://example.com) on _Monday_.\n\n- first point\n- second point\n\n1. one\n2. two";
    expect(extractFromMarkdown(markdown)).toEqual({
      text: "Storm hits coast\n\nWinds of 120 km/h hit the town on Monday.\n\nfirst point\n\nsecond point\n\none\n\ntwo",
      suggestedTitle: "Storm hits coast",
    });
  });

  it("keeps line breaks, block quotes and code as text", () => {
    const markdown = "A hard  \nbreak\n\n> quoted\n> words\n\n```js\nif (a) {\n  b();\n}\n```\n\nInline `code()` here.";
    expect(extractFromMarkdown(markdown).text).toBe(
      "A hard\nbreak\n\nquoted words\n\nif (a) {\n  b();\n}\n\nInline code() here.",
    );
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

  it("keeps the test articles' paragraphs", () => {
    for (const { paragraphs } of articleParagraphs()) {
      const { text } = extractFromMarkdown(paragraphs.join("\n\n"));
      // Markdown may read a "1." or "*" at a line start as list syntax; plain news prose survives word for word.
      for (const paragraph of paragraphs.filter((p) => !/^\s*([-*+]|\d+[.)])\s|[*_`\\[\]<#]/.test(p)))
        expect(text).toContain(paragraph);
    }
  });

  it("refuses Markdown over 1 MB, and accepts 1 MB", () => {
    expect(() => extractFromMarkdown("a".repeat(1024 * 1024 + 1))).toThrow(PayloadTooLargeError);
    expect(() => extractFromMarkdown("é".repeat(512 * 1024 + 1))).toThrow("The Markdown is larger than 1 MB.");
    expect(extractFromMarkdown("a ".repeat(512 * 1024)).text).toHaveLength(1024 * 1024 - 1);
  });

  it("refuses nesting that markdown-it would silently cut off, and keeps what it allows", () => {
    expect(() => extractFromMarkdown("> ".repeat(30) + "deep\n\nafter")).toThrow(
      "The Markdown is nested too deeply to be read.",
    );
    const list = (depth: number) =>
      Array.from({ length: depth }, (_, i) => `${"  ".repeat(i)}- level ${i}`).join("\n") + "\n\nafter";
    expect(() => extractFromMarkdown(list(12))).toThrow(InvalidInputError);
    expect(extractFromMarkdown(list(7)).text).toBe(
      [...Array.from({ length: 7 }, (_, i) => `level ${i}`), "after"].join("\n\n"),
    );
  });

  // Regression guard for a quadratic string build: 1 MB of "*a* " once took 161 s. Linear work here is well under a second.
  it("stays linear on hostile Markdown", () => {
    const started = Date.now();
    for (const hostile of ["*a* ".repeat(64 * 1024), "[".repeat(256 * 1024), "> ".repeat(18) + "x\n".repeat(100_000)]) {
      try {
        extractFromMarkdown(hostile);
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
      }
    }
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 30_000);

  it("never throws on arbitrary Markdown; the result is canonical", () => {
    const fragment = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(
        "# ",
        "\n",
        "\n\n",
        "*",
        "**",
        "_",
        "`",
        "```\n",
        "> ",
        "- ",
        "1. ",
        "[",
        "](",
        ")",
        "![",
        "<b>",
        "</b>",
        "<script>",
        "&amp;",
        "&#0;",
        "\u0000",
        "    ",
        "|",
        "---",
        "\\",
      ),
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
