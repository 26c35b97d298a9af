import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { escapeMarkdownBlock, escapeMarkdownInline, markdownLink } from "./markdown-escape";
import { streamMarkdownReport } from "./markdown";
import {
  collect,
  fromArray,
  makeRelation,
  makeReportEntry,
  makeReportMeta,
  makeVerdict,
} from "@/test/support/export-entries";

// CommonMark with raw HTML on: the strictest renderer to inject into
const md = new MarkdownIt({ html: true });
const renderInline = (text: string) => md.renderInline(text);

describe("streamMarkdownReport", () => {
  it("writes the header, corrections and one section per claim", async () => {
    const meta = makeReportMeta({
      corrections: [
        { date: new Date("2026-11-21T00:00:00Z"), note: "Toll updated after the ministry's revision.", claimId: null },
      ],
    });
    const entry = makeReportEntry({ claim: { anchor: "claim-abc", statement: "At least 40 people died" } });
    const out = await collect(streamMarkdownReport(meta, fromArray([entry])));

    expect(out).toMatch(/^# Fact checks: flooding coverage\n/);
    expect(out).toContain("- **Scope:** Article: Flooding in the valley");
    expect(out).toContain("- **Organisation:** [Demo Newsroom](<https://newsroom.example/>)");
    // instants: readable in UTC, and ISO 8601 with its offset (Z) for tools
    expect(out).toContain("- **Generated:** 20 November 2026 at 10:00 UTC (2026-11-20T10:00:00Z)");
    expect(out).toContain("- **Published:** 20 November 2026 at 09:00 UTC (2026-11-20T09:00:00Z)");
    expect(out).toContain("## Corrections\n\n- **21 November 2026:** Toll updated after the ministry's revision.");
    expect(out).toContain('### <a id="claim-abc"></a>At least 40 people died');
    expect(out).toContain("- **Claimant:** Jane Minister, 2 November 2026");
    expect(out).toContain("- **Rating:** Mostly false (2 on a scale of 1–5)");
    expect(out).toContain("\n\nOfficial figures show 12 deaths, not 40.\n\n");
    expect(out).toContain(`- [Official casualty report](<${entry.verdict!.evidence[0]!.url}>): “12 people died”`);
    expect(out).toContain(
      `- [Floods hit the valley](<${entry.appearances[0]!.articleUrl}>) (Valley Times, 3 November 2026): “at least 40 people died”\n- [`,
    );
    // the altered quote is nested under its own appearance
    expect(out).toContain(
      `- [Counting the cost](<${entry.appearances[1]!.articleUrl}>) (Other Daily, 5 November 2026): “40 dead”\n` +
        "  - **Differs from the claim:** Altered quote: “at least 40 people died” → “40 dead” (editor's note: The same statement, shortened by the outlet.)\n",
    );
    expect(out).not.toContain("DRAFT");
  });

  it("puts a superseding claim ahead of the rating and lists the other relations, linked when in the report", async () => {
    const entry = makeReportEntry({
      claim: { statement: "12 people were killed" },
      relations: [
        makeRelation({
          kind: "MISQUOTES",
          direction: "incoming",
          other: { statement: "*Twelve* died", claimant: "Wire", anchor: "claim-wire" },
          note: "Words changed.",
        }),
        makeRelation({
          kind: "UPDATES",
          direction: "incoming",
          other: { statement: "19 people were killed", claimant: "Officials", anchor: "claim-later" },
        }),
        makeRelation({
          kind: "TRANSLATION_OF",
          other: { statement: "12 Menschen getötet", claimant: null },
          language: "de",
          originalWording: "zwölf Tote",
        }),
      ],
    });
    const out = await collect(streamMarkdownReport(makeReportMeta(), fromArray([entry])));
    const section = out.slice(out.indexOf("### "));

    expect(section).toContain(
      "12 people were killed\n\n> **Superseded by:** [“19 people were killed”](#claim-later) (Officials) — a later figure replaces this one.\n\n- **Claimant:**",
    );
    expect(section).toContain(
      "- **Misquoted by:** [“\\*Twelve\\* died”](#claim-wire) (Wire) (editor's note: Words changed.)\n",
    );
    expect(section).toContain(
      "- **Translation of:** “12 Menschen getötet” (language de, original wording: “zwölf Tote”)\n",
    );
    expect(section.indexOf("Misquoted by")).toBeLessThan(section.indexOf("Official figures show"));
    expect(section.match(/19 people were killed/g)).toHaveLength(1);
    const html = md.render(out);
    expect(html).toContain('<a href="#claim-later">“19 people were killed”</a>');
    expect(html).toContain("“*Twelve* died”");
  });

  it("marks drafts in internal reports and leaves them out of published ones", async () => {
    const draft = makeReportEntry({
      claim: { statement: "Bridge closed" },
      verdict: makeVerdict({ approved: false, status: "CHANGES_REQUESTED" }),
    });
    const none = makeReportEntry({ claim: { statement: "Roads flooded" }, verdict: null });

    const internal = await collect(streamMarkdownReport(makeReportMeta({ internal: true }), fromArray([draft, none])));
    expect(internal).toContain("> **Internal report.**");
    expect(internal).toContain(
      "- **Rating:** Mostly false (2 on a scale of 1–5) **DRAFT — not approved** (changes requested)",
    );
    expect(internal).toContain("- **Rating:** _no verdict yet_");

    const published = await collect(streamMarkdownReport(makeReportMeta(), fromArray([draft, none])));
    expect(published).not.toContain("Bridge closed");
    expect(published).not.toContain("Roads flooded");
    expect(published).toContain("_No claims in this report._");
  });

  it("renders a hostile claim as literal text: no link, image, HTML or heading", async () => {
    const statement =
      "[click](https://evil.example) ![x](https://evil.example/p.png) <img src=x onerror=alert(1)> <https://evil.example> &lt;b&gt; *bold* `code`";
    const summary = "# Fake heading\n    indented code\n> quote\n1. list\n- bullet\n===\n<script>alert(1)</script>";
    const entry = makeReportEntry({
      claim: { statement, anchor: 'x" onmouseover="alert(1)' },
      verdict: makeVerdict({ summary }),
    });
    const html = md.render(await collect(streamMarkdownReport(makeReportMeta(), fromArray([entry]))));

    expect(html).not.toContain('evil.example"');
    expect(html).not.toMatch(/<img|<script|<blockquote|<ol|<pre|<code|<strong>bold|<h1>Fake/);
    expect(html).toContain('<a id="xonmouseoveralert1"></a>');
    expect(html).toContain("[click](https://evil.example)");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("&amp;lt;b&amp;gt;");
    expect(html).toContain("# Fake heading");
  });
});

describe("markdown escaping", () => {
  it.each([
    ["*a* _b_ `c` ~~d~~", "*a* _b_ `c` ~~d~~"],
    ["[a](b) ![c](d)", "[a](b) ![c](d)"],
    ["1. not a list", "1. not a list"],
    ["- not a bullet", "- not a bullet"],
    ["a | b", "a | b"],
    ["&amp; &#60;", "&amp;amp; &amp;#60;"],
  ])("%s reads back literally", (input, rendered) => {
    expect(renderInline(escapeMarkdownInline(input))).toBe(rendered);
  });

  it("keeps ordinary punctuation readable", () => {
    expect(escapeMarkdownInline("U.S. jobs rose 3.5% (Reuters), AT&T said.")).toBe(
      "U.S. jobs rose 3.5% (Reuters), AT&T said.",
    );
    expect(escapeMarkdownBlock("line one\n\n  line two")).toBe("line one\n\nline two");
  });

  it("links only http(s) URLs", () => {
    expect(markdownLink("source", "javascript:alert(1)")).toBe("source");
    expect(markdownLink("source", "https://a.example/x y)<z>")).toBe("[source](<https://a.example/x%20y)%3Cz%3E>)");
  });
});
