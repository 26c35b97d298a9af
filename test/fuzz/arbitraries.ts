/**
 * Generators of hostile input shared by the fuzz tests: text with every kind of
 * Unicode trouble, tag soup, and the classic script-injection payloads.
 */
import fc from "fast-check";

/** Runs per parser in CI-sized runs (issue: at least 10,000); FUZZ_RUNS raises it for a long local run. */
export const FUZZ_RUNS = Math.max(10_000, Number(process.env.FUZZ_RUNS ?? 0));

const NASTY_CHARACTERS = [
  "\u0000",
  "\r",
  "\r\n",
  "\n\n\n",
  "\t",
  "\u00a0",
  "\u200b",
  "\u202e",
  "\ufeff",
  "\ud83d",
  "\ude00",
  "😀",
  "👩‍👩‍👧",
  "e\u0301",
  "مرحبا",
  "ﷺ",
  "\uffff",
  "&",
  "<",
  ">",
  '"',
  "'",
  "`",
  "\\",
];

/** Strings mixing ordinary words with control characters, lone surrogates, combining marks, RTL, emoji. */
export const hostileText = (maxLength = 200) =>
  fc
    .array(
      fc.oneof(
        fc.string({ unit: "binary", maxLength: 12 }),
        fc.constantFrom(...NASTY_CHARACTERS),
        fc.lorem({ maxCount: 3 }),
      ),
      { maxLength: Math.ceil(maxLength / 8) },
    )
    .map((parts) => parts.join("").slice(0, maxLength));

export const SCRIPT_PAYLOADS = [
  "<script>alert(1)</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<embed src="javascript:alert(1)">',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href="  JaVaScRiPt:alert(1)">x</a>',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "<style>@import 'javascript:alert(1)'</style>",
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  "<details open ontoggle=alert(1)>",
  "<!--<img src=x onerror=alert(1)>-->",
  "<![CDATA[<script>alert(1)</script>]]>",
];

export const MARKDOWN_PAYLOADS = [
  "[click](javascript:alert(1))",
  "[click](JAVASCRIPT:alert(1))",
  "[click]( javascript:alert(1) )",
  "[click](&#106;avascript:alert(1))",
  "[click](java\tscript:alert(1))",
  "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  "[click](vbscript:msgbox(1))",
  "[click](file:///etc/passwd)",
  "[click](//evil.example/x)",
  "![pixel](https://tracker.example/p.gif)",
  "![x](javascript:alert(1))",
  "<javascript:alert(1)>",
  "<data:text/html,<script>alert(1)</script>>",
  "[ref]\n\n[ref]: javascript:alert(1)",
  "<https://ok.example/a>",
  "[fine](https://news.example/story)",
  "[mail](mailto:desk@example.org)",
  "**bold** _it_ `code` ~~s~~",
  "> quote\n\n- item\n1. item",
  "```\n<script>alert(1)</script>\n```",
  "javascript:alert(1)",
  "www.example.com",
];

/** Fragments of HTML: tags (also broken ones), attributes, entities, comments and payloads, glued at random. */
export const tagSoup = () => {
  const tag = fc.constantFrom(
    "p",
    "div",
    "span",
    "h1",
    "h2",
    "article",
    "main",
    "nav",
    "footer",
    "aside",
    "script",
    "style",
    "template",
    "svg",
    "math",
    "table",
    "tr",
    "td",
    "ul",
    "li",
    "br",
    "img",
    "a",
    "iframe",
    "noscript",
    "pre",
    "blockquote",
    "head",
    "body",
    "html",
    "title",
    "meta",
  );
  const attribute = fc
    .tuple(
      fc.constantFrom(
        "class",
        "id",
        "href",
        "src",
        "onclick",
        "style",
        "content",
        "property",
        "name",
        "lang",
        "hidden",
      ),
      hostileText(20),
    )
    .map(([n, v]) => ` ${n}="${v.replace(/"/g, "&quot;")}"`);
  const open = fc
    .tuple(tag, fc.array(attribute, { maxLength: 3 }), fc.boolean())
    .map(([t, attrs, selfClose]) => `<${t}${attrs.join("")}${selfClose ? "/" : ""}>`);
  const close = tag.map((t) => `</${t}>`);
  const entity = fc.constantFrom(
    "&amp;",
    "&lt;",
    "&#x1F600;",
    "&#0;",
    "&#xD800;",
    "&nbsp;",
    "&bogus;",
    "&#99999999;",
    "&",
  );
  const piece = fc.oneof(
    { weight: 4, arbitrary: hostileText(40) },
    { weight: 3, arbitrary: open },
    { weight: 2, arbitrary: close },
    { weight: 1, arbitrary: entity },
    { weight: 1, arbitrary: fc.constantFrom(...SCRIPT_PAYLOADS) },
    { weight: 1, arbitrary: fc.constantFrom("<!--", "-->", "<!DOCTYPE html>", "<", ">", "</", "<p", "<a href=") },
  );
  return fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));
};
