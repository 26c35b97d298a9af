import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { domToText } from "./dom-to-text";

function textOf(html: string): string {
  return domToText(new JSDOM(html).window.document.body);
}

describe("domToText", () => {
  it("makes each block element a paragraph separated by a blank line", () => {
    expect(
      textOf(
        "<h1>Title</h1><p>One.</p><div>Two.</div><blockquote>Three.</blockquote><figure><figcaption>Four.</figcaption></figure>",
      ),
    ).toBe("Title\n\nOne.\n\nTwo.\n\nThree.\n\nFour.");
  });

  it("turns <br> into a line break inside the paragraph", () => {
    expect(textOf("<p>line one<br>line two<br/>line three</p>")).toBe("line one\nline two\nline three");
  });

  it("collapses HTML whitespace but keeps no-break spaces", () => {
    expect(textOf("<p>  a \n\t b <b> c </b>  d\u00a0e </p>")).toBe("a b c d\u00a0e");
  });

  it("keeps whitespace and line breaks inside <pre>", () => {
    expect(textOf("<p>Code:</p><pre>if (x) {\n    y();\n}</pre>")).toBe("Code:\n\nif (x) {\n    y();\n}");
  });

  it("makes list items paragraphs and keeps table cells apart", () => {
    expect(textOf("<ul><li>first</li><li>second <em>item</em></li></ul>")).toBe("first\n\nsecond item");
    expect(textOf("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th><td>d</td></tr></table>")).toBe("a b\n\nc d");
  });

  it("skips scripts, styles, media and form controls", () => {
    const html =
      "<p>kept</p><script>var s = 1</script><style>p{}</style><svg><text>svg</text></svg><select><option>opt</option></select><textarea>ta</textarea><p>also kept</p>";
    expect(textOf(html)).toBe("kept\n\nalso kept");
  });

  it("drops empty blocks and does not join words across inline boundaries", () => {
    expect(textOf("<div><p> </p><p>x<span>y</span> <a>z</a></p><div>\u00a0</div></div>")).toBe("xy z");
  });

  it("walks trees deeper than the call stack", () => {
    // jsdom builds deep trees slowly, so a minimal stand-in with the fields the walker reads.
    type FakeNode = {
      nodeType: number;
      localName?: string;
      data?: string;
      lastChild: FakeNode | null;
      previousSibling: FakeNode | null;
    };
    let node: FakeNode = { nodeType: 3, data: "deep", lastChild: null, previousSibling: null };
    for (let i = 0; i < 200_000; i++) node = { nodeType: 1, localName: "span", lastChild: node, previousSibling: null };
    expect(domToText(node as unknown as Node)).toBe("deep");
  });
});
