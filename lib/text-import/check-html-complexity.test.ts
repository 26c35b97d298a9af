import fc from "fast-check";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import { assertParseableHtml, HTML_LIMITS, measureHtmlComplexity } from "./check-html-complexity";
import { articleParagraphs, newsPage } from "@/test/support/news-page";

const parser = new new JSDOM("", { virtualConsole: new VirtualConsole() }).window.DOMParser();

/** What jsdom really builds: deepest element (html = 1) and element count, template contents included. */
function jsdomTree(html: string): { depth: number; elements: number } {
  const document = parser.parseFromString(html, "text/html");
  let depth = 0;
  let elements = 0;
  const stack: Array<[Element, number]> = [[document.documentElement, 1]];
  while (stack.length > 0) {
    const [element, level] = stack.pop()!;
    elements += 1;
    depth = Math.max(depth, level);
    for (const child of Array.from(element.children)) stack.push([child, level + 1]);
    const content = (element as HTMLTemplateElement).content;
    if (content) for (const child of Array.from(content.children)) stack.push([child, level + 1]);
  }
  return { depth, elements };
}

// Tag soup an attacker can combine: every blow-up found so far is a short pattern, repeated.
const token = fc.constantFrom(
  "<div>",
  "</div>",
  "<div/>",
  "<span>",
  "</span>",
  "<p>",
  "</p>",
  "<b>",
  "</b>",
  "<b class=x>",
  "<i>",
  "</i>",
  "<a href=1>",
  "<a href=2>",
  "</a>",
  "<font color=red>",
  "</font>",
  "<ul>",
  "<li>",
  "</li>",
  "</ul>",
  "<table>",
  "<tr>",
  "</tr>",
  "<td>",
  "</td>",
  "<th>",
  "</table>",
  "<tbody>",
  "<caption>",
  "<svg>",
  "</svg>",
  "<path/>",
  "<foreignObject>",
  "<desc>",
  "<math>",
  "<mi>",
  "<mtext>",
  "<br>",
  "</br>",
  "<!--",
  "-->",
  "--!>",
  "<script>",
  "</script>",
  "<textarea>",
  "<select>",
  "</select>",
  "<option>",
  "<optgroup>",
  "<template>",
  "</template>",
  "<x-y/>",
  "<h1>",
  "</h1>",
  "<pre>",
  "<nobr>",
  "<dl><dt>",
  "<dd>",
  "<form>",
  "</form>",
  "<button>",
  "<ruby>",
  "<rt>",
  "<rb>",
  "<object>",
  "<marquee>",
  "<frameset>",
  "<noscript>",
  "<plaintext>",
  "x",
  " ",
  "<",
  ">",
);

describe("measureHtmlComplexity", () => {
  it("measures depth from <html> = 1, like the DOM", () => {
    expect(measureHtmlComplexity("<div><p>a <b>b</b></p></div>")).toMatchObject({ depth: 5, elements: 6 });
  });

  it("counts the elements the parser re-creates for active formatting", () => {
    const formatting = Array.from({ length: 20 }, (_, i) => `<b data-i="${i}">`).join("");
    const html = `<p>${formatting}${"<p>x".repeat(100)}`;
    expect(measureHtmlComplexity(html).elements).toBeGreaterThanOrEqual(20 * 100);
  });

  it("matches the tree jsdom builds, for arbitrary tag soup", () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        const html = tokens.join("");
        const measured = measureHtmlComplexity(html);
        const real = jsdomTree(html);
        expect(measured.depth).toBe(real.depth);
        expect(measured.elements).toBeGreaterThanOrEqual(real.elements);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it("matches the tree jsdom builds, for repeated patterns", () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 6 }), (tokens) => {
        const html = tokens.join("").repeat(30);
        expect(measureHtmlComplexity(html).depth).toBe(jsdomTree(html).depth);
      }),
      { numRuns: 600 },
    );
  }, 60_000);
});

describe("assertParseableHtml", () => {
  it("accepts real article pages", () => {
    for (const { paragraphs } of articleParagraphs())
      expect(() => assertParseableHtml(newsPage("Headline", paragraphs))).not.toThrow();
  });

  it("refuses nesting beyond the limit, stopping early", () => {
    const started = Date.now();
    expect(() => assertParseableHtml("<div>".repeat(HTML_LIMITS.depth))).toThrow(InvalidInputError);
    expect(() => assertParseableHtml("<div>".repeat(1_000_000))).toThrow("nested too deeply");
    expect(() => assertParseableHtml("<div>".repeat(HTML_LIMITS.depth - 3))).not.toThrow();
    // Shapes that nest although no end tag is missing: list items in definitions, formatting around buttons.
    expect(() => assertParseableHtml("<li><dd>".repeat(1000))).toThrow("nested too deeply");
    expect(() => assertParseableHtml("<b class=x><button><div>".repeat(1000))).toThrow("nested too deeply");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("refuses formatting amplification, element floods and deep bulk", () => {
    const formatting = Array.from({ length: 100 }, (_, i) => `<b data-i="${i}">`).join("");
    expect(() => assertParseableHtml(`<p>${formatting}${"<p>x".repeat(20_000)}`)).toThrow("too large or complex");
    expect(() => assertParseableHtml("<i></i>".repeat(HTML_LIMITS.elements))).toThrow("too large or complex");
    expect(() => assertParseableHtml("<div>".repeat(500) + "<span>x</span>".repeat(20_000))).toThrow(
      "too large or complex",
    );
  });
});
