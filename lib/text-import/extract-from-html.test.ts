import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalText } from "@/lib/text-import/canonical-text";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import { extractFromHtml } from "./extract-from-html";
import { CHROME_MARKERS, articleParagraphs, escapeHtml, newsPage } from "@/test/support/news-page";

const PARAGRAPHS = [
  "The council approved the budget on Tuesday, by nine votes to four, after a debate that lasted until midnight.",
  "Opponents said the plan, which raises fees by 12 percent, would hit small businesses hardest; supporters disagreed.",
  "The mayor, speaking after the vote, called it “a fair compromise” and promised a review next year, in public.",
  "Residents can comment on the plan until the end of May, the council said in a statement published online.",
];

function expectNoChrome(text: string): void {
  for (const marker of CHROME_MARKERS) expect(text).not.toContain(marker);
}

describe("extractFromHtml", () => {
  it("keeps the article's paragraphs and drops scripts, styles, navigation, ads and footer", () => {
    const { text } = extractFromHtml(newsPage("Council approves budget", PARAGRAPHS));
    expectNoChrome(text);
    expect(text).toContain(PARAGRAPHS.join("\n\n"));
  });

  it("reads title, author, outlet, date and language", () => {
    const { metadata } = extractFromHtml(newsPage("Council approves budget", PARAGRAPHS));
    expect(metadata).toEqual({
      title: "Council approves budget",
      author: "Jane Reporter",
      outlet: "The Daily Example",
      publishedAt: "2025-04-24T09:30:00.000Z",
      language: "en-GB",
    });
  });

  it.each(articleParagraphs())("round-trips test article $name through a realistic page", ({ paragraphs }) => {
    const { text } = extractFromHtml(newsPage(paragraphs[0]!.slice(0, 80), paragraphs));
    expectNoChrome(text);
    expect(text).toBe(canonicalText(text));
    // Every paragraph survives, in order, as its own paragraph.
    const extracted = text.split("\n\n");
    let from = 0;
    for (const paragraph of paragraphs) {
      const at = extracted.indexOf(paragraph, from);
      expect(at, paragraph.slice(0, 60)).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
  });

  it("omits a date that does not parse and a language that is not a tag", () => {
    const html = `<html lang="not a language"><head><meta property="article:published_time" content="last Tuesday"></head><body><p>${PARAGRAPHS[0]}</p></body></html>`;
    const { metadata } = extractFromHtml(html);
    expect(metadata.publishedAt).toBeUndefined();
    expect(metadata.language).toBeUndefined();
  });

  it("never runs the page's scripts or event handlers", () => {
    const flag = "__factdeskImportPwned";
    const html = `<script>globalThis.${flag} = 1; window.parent.${flag} = 1</script><img src="x" onerror="globalThis.${flag} = 1"><p onload="globalThis.${flag}=1">${PARAGRAPHS[0]}</p>`;
    const { text } = extractFromHtml(html);
    expect(text).toBe(PARAGRAPHS[0]);
    expect((globalThis as Record<string, unknown>)[flag]).toBeUndefined();
  });

  it("falls back to the longest <article> when the page is too big for Readability", () => {
    const teasers = Array.from({ length: 2000 }, (_, i) => `<li><a href="/${i}">RELATEDLINKS ${i}</a></li>`).join("");
    const article = `<article>${PARAGRAPHS.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</article>`;
    const html = `<body><main><article><p>A teaser.</p></article>${article}<ul>${teasers}</ul></main></body>`;
    expect(extractFromHtml(html).text).toBe(PARAGRAPHS.join("\n\n"));
  });

  it("falls back to the body's text, with site furniture removed, when there is no article element", () => {
    const html = `<body><header>NAVMENU</header><nav>NAVMENU</nav><div>Short note.<br>Second line.</div><footer>FOOTERLINKS</footer></body>`;
    const { text } = extractFromHtml(html);
    expect(text).toBe("Short note.\nSecond line.");
  });

  it("never runs the page's scripts or event handlers", () => {
    const scope = globalThis as { pwned?: boolean };
    const html = `<p>${PARAGRAPHS[0]}</p><script>globalThis.pwned = true</script><img src="x" onerror="globalThis.pwned = true"><body onload="globalThis.pwned = true">`;
    expect(extractFromHtml(html).text).toBe(PARAGRAPHS[0]);
    expect(scope.pwned).toBeUndefined();
  });

  it("refuses input over 5 MB before parsing it", () => {
    expect(() => extractFromHtml("<p>" + "a".repeat(5 * 1024 * 1024) + "</p>")).toThrow(PayloadTooLargeError);
  });

  it("refuses pathological nesting and formatting amplification quickly", () => {
    const started = Date.now();
    expect(() => extractFromHtml("<div>".repeat(20_000) + "x")).toThrow(InvalidInputError);
    const formatting = Array.from({ length: 100 }, (_, i) => `<b data-i="${i}">`).join("");
    expect(() => extractFromHtml(`<p>${formatting}${"<p>x".repeat(20_000)}`)).toThrow(InvalidInputError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("throws nothing but a refusal on arbitrary input, and returns canonical text", () => {
    const fragment = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom(
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<br>",
        "<pre>",
        "</pre>",
        "<b>",
        "</b>",
        "<li>",
        "<table><tr><td>",
        "<svg>",
        "<path/>",
        "<!--",
        "-->",
        "<script>",
        "</script>",
        "<style>",
        "&nbsp;",
        "&amp;",
        "\u0000",
        "\r\n",
        "<plaintext>",
        "<template>",
        "<math>",
        "<head>",
        "<body>",
        "<html lang=x>",
        "<title>t</title>",
        '<meta property="article:published_time" content="2020-01-01">',
      ),
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (parts) => {
        try {
          const { text } = extractFromHtml(parts.join(""));
          expect(canonicalText(text)).toBe(text);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidInputError);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
