import fc from "fast-check";
import { JSDOM, VirtualConsole } from "jsdom";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import { assertParseableHtml, HTML_LIMITS, measureHtmlComplexity } from "./check-html-complexity";
import { corpusArticles, newsPage } from "./news-page-fixture";

const parser = new new JSDOM("", { virtualConsole: new VirtualConsole() }).window.DOMParser();

/** What jsdom's parser really builds: deepest element and element count. */
function parsed(html: string): { depth: number; elements: number } {
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

describe("measureHtmlComplexity", () => {
  it("measures nesting like the parser for ordinary markup", () => {
    expect(measureHtmlComplexity("<div><p>a <b>b</b></p><div><span>c</span></div></div>")).toMatchObject({ depth: 3 });
    // Implied end tags: a new <p> or <li> closes the open <p>, a new <li> the open <li>.
    expect(measureHtmlComplexity("<br><img><p>x<p>y<li>z<li>w")).toMatchObject({ depth: 1 });
    expect(measureHtmlComplexity("<table><tr><td>a<td>b<tr><td>c</table>")).toMatchObject({ depth: 3 });
  });

  it("does not let stray or out-of-scope end tags hide nesting", () => {
    expect(measureHtmlComplexity("<div></span><div></span><div></i>").depth).toBe(3);
    // Each of these grows the parser's tree; a model that simply popped to the named element would not see it.
    expect(measureHtmlComplexity("<li><dd>".repeat(10)).depth).toBe(20);
    expect(measureHtmlComplexity("<li><ul></li>".repeat(10)).depth).toBe(20);
    expect(measureHtmlComplexity("<div><table></div>".repeat(10)).depth).toBe(20);
    expect(measureHtmlComplexity("<b><div></b>".repeat(10)).depth).toBe(20);
    expect(measureHtmlComplexity("<form><div></form>".repeat(10)).depth).toBeGreaterThanOrEqual(10);
  });

  it('counts "<div/>" as an open element, as HTML does, but not "<path/>" inside SVG', () => {
    expect(measureHtmlComplexity("<div/><div/><div/>").depth).toBe(3);
    expect(measureHtmlComplexity("<svg><path/><path/><path/></svg>").depth).toBe(1);
    expect(measureHtmlComplexity("<svg/><div/><div/>").depth).toBe(2);
    expect(measureHtmlComplexity("<svg><p><x-a/><x-a/>").depth).toBe(3);
    expect(measureHtmlComplexity("<svg><foreignObject><x-a/><x-a/>").depth).toBe(4);
  });

  it("sees markup that comment and raw-text tricks try to hide", () => {
    expect(measureHtmlComplexity("<!--><div><div>-->").depth).toBe(2);
    expect(measureHtmlComplexity("<!-- --!><div><div>-->").depth).toBe(2);
    // "lin\u212A" is an unknown element to the parser; Unicode lowercasing would make it a void <link>.
    expect(measureHtmlComplexity("<lin\u212A><lin\u212A>").depth).toBe(2);
    expect(measureHtmlComplexity("<br\u00a0><br\u00a0>").depth).toBe(2);
    expect(measureHtmlComplexity("<script>'<div><div><div>'</script><div>").depth).toBe(1);
  });

  it("charges for formatting elements the parser re-creates in every paragraph", () => {
    const formatting = Array.from({ length: 20 }, (_, i) => `<b data-i="${i}">`).join("");
    const measured = measureHtmlComplexity(`<p>${formatting}${"<p>x".repeat(100)}`);
    expect(measured.activeFormatting).toBe(20);
    // The parser adds <html>, <head> and <body>.
    expect(measured.elements + 3).toBeGreaterThanOrEqual(parsed(`<p>${formatting}${"<p>x".repeat(100)}`).elements);
  });

  it("keeps at most three identical formatting entries, as the parser does", () => {
    expect(measureHtmlComplexity("<p>" + "<b>".repeat(50) + "<p>x".repeat(10)).activeFormatting).toBe(3);
  });

  // Tokens an attacker can combine; the repeated-pattern property is the shape of every blow-up found so far.
  const token = fc.constantFrom(
      "<div>", "</div>", "<div/>", "<span>", "</span>", "<p>", "</p>", "<b>", "</b>", "<b class=x>", "<i>", "</i>",
      "<a href=1>", "<a href=2>", "</a>", "<font color=red>", "</font>", "<ul>", "<li>", "</ul>", "<table>", "<tr>",
      "<td>", "</td>", "</table>", "<svg>", "</svg>", "<path/>", "<foreignObject>", "<math>", "<mi>", "<br>", "</br>",
      "<!--", "-->", "--!>", "<script>", "</script>", "<textarea>", "<select>", "<option>", "<template>", "</template>",
      "<x-y/>", "<h1>", "<pre>", "<nobr>", "<dl><dt>", "<dd>", "x", " ", "<", ">", "<form>", "</form>", "<button>",
      "<ruby>", "<rt>", "<caption>", "<tbody>", "<font size=2>", "<desc>", "</li>", "</dd>", "</h1>", "<h2>", "<object>",
      "</select>", "</option>", "<optgroup>", "<rb>", "<rtc>", "<rp>", "</ruby>", "<applet>", "<marquee>", "</object>",
      "<image>", "<input>", "<hr>", "<col>", "<colgroup>", "<thead>", "</tr>", "</tbody>", "<th>", "</th>", "<listing>",
      "<xmp>", "</xmp>", "</caption>", "<mtext>", "</math>", "<title>", "</title>", "<annotation-xml>", "<frameset>", "</body>",
  );

  function expectOverApproximation(html: string): void {
    const measured = measureHtmlComplexity(html);
    const real = parsed(html);
    // Lists and tables nest implied elements (tbody, tr) the model leaves out; html/head/body add 3.
    expect(real.depth).toBeLessThanOrEqual(4 * (measured.depth + measured.activeFormatting) + 4);
    expect(real.elements).toBeLessThanOrEqual(4 * measured.elements + 4);
  }

  it("over-approximates what jsdom builds, for arbitrary tag soup", () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => expectOverApproximation(tokens.join(""))),
      { numRuns: Number(process.env.SOUP_RUNS ?? 2000) },
    );
  }, 60_000);

  it("over-approximates what jsdom builds, for repeated patterns", () => {
    fc.assert(
      fc.property(fc.array(token, { minLength: 1, maxLength: 6 }), (tokens) => expectOverApproximation(tokens.join("").repeat(40))),
      { numRuns: Number(process.env.SOUP_RUNS ?? 2000) },
    );
  }, 60_000);
});

describe("assertParseableHtml", () => {
  it("accepts real article pages", () => {
    for (const { paragraphs } of corpusArticles()) expect(() => assertParseableHtml(newsPage("Headline", paragraphs))).not.toThrow();
  });

  it("refuses nesting beyond the limit, in linear time", () => {
    const started = Date.now();
    expect(() => assertParseableHtml("<div>".repeat(HTML_LIMITS.depth + 1))).toThrow(InvalidInputError);
    expect(() => assertParseableHtml("<div>".repeat(1_000_000))).toThrow("nested too deeply");
    expect(() => assertParseableHtml("<div>".repeat(HTML_LIMITS.depth))).not.toThrow();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("refuses formatting amplification and element floods", () => {
    const formatting = Array.from({ length: HTML_LIMITS.activeFormatting + 1 }, (_, i) => `<b data-i="${i}">`).join("");
    expect(() => assertParseableHtml(`<p>${formatting}<p>x`)).toThrow("nested too deeply");
    const eightFormatting = Array.from({ length: 8 }, (_, i) => `<b data-i="${i}">`).join("");
    expect(() => assertParseableHtml(`<p>${eightFormatting}${"<p>x".repeat(30_000)}`)).toThrow("too many elements");
    expect(() => assertParseableHtml("<i></i>".repeat(HTML_LIMITS.elements + 1))).toThrow("too many elements");
  });
});
