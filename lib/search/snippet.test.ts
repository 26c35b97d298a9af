import { describe, expect, it } from "vitest";
import { hasHit, HIT_END, HIT_START, snippetParts, withoutMarkdownMarks } from "@/lib/search/snippet";

const marked = (s: string) => s.replaceAll("[", HIT_START).replaceAll("]", HIT_END);

describe("snippetParts", () => {
  it("splits ts_headline output into text and hits", () => {
    expect(snippetParts(marked("Officials in [Kyiv] said [12] died"))).toEqual([
      { text: "Officials in ", hit: false },
      { text: "Kyiv", hit: true },
      { text: " said ", hit: false },
      { text: "12", hit: true },
      { text: " died", hit: false },
    ]);
  });

  it("keeps markup in user text as plain text: the page renders parts as text, never as HTML", () => {
    const parts = snippetParts(marked(`<img src=x onerror="alert(1)"> and [<script>]alert(1)</script> &amp;`));
    expect(parts).toEqual([
      { text: `<img src=x onerror="alert(1)"> and `, hit: false },
      { text: "<script>", hit: true },
      { text: "alert(1)</script> &amp;", hit: false },
    ]);
    expect(parts.map((p) => p.text).join("")).toBe(
      `<img src=x onerror="alert(1)"> and <script>alert(1)</script> &amp;`,
    );
  });

  it("never lets a marker into the text, even unbalanced or doubled", () => {
    const parts = snippetParts(`${HIT_END}a${HIT_START}${HIT_START}b${HIT_END}${HIT_END}c${HIT_START}d`);
    expect(parts).toEqual([
      { text: "a", hit: false },
      { text: "b", hit: true },
      { text: "c", hit: false },
      { text: "d", hit: true },
    ]);
    expect(parts.some((p) => p.text.includes(HIT_START) || p.text.includes(HIT_END))).toBe(false);
  });

  it("merges adjacent hits and keeps surrogate pairs whole", () => {
    expect(snippetParts(marked("[at][ least] 12 👩🏽‍⚕️ [Kyïv]"))).toEqual([
      { text: "at least", hit: true },
      { text: " 12 👩🏽‍⚕️ ", hit: false },
      { text: "Kyïv", hit: true },
    ]);
  });

  it("reads no snippet as no parts", () => {
    expect(snippetParts(null)).toEqual([]);
    expect(snippetParts("")).toEqual([]);
    expect(hasHit(snippetParts("no hits here"))).toBe(false);
    expect(hasHit(snippetParts(marked("a [hit]")))).toBe(true);
  });
});

describe("withoutMarkdownMarks", () => {
  it("reads a note's Markdown as text: no emphasis or code marks, link labels without addresses", () => {
    const hit = (word: string) => `${HIT_START}${word}${HIT_END}`;
    const parts = withoutMarkdownMarks(
      snippetParts(
        `Check the **${hit("toll")}** in \`the ${hit("wire")}\` and [the statement](https://x.test/a?b=1) __now__`,
      ),
    );
    expect(bracketed(parts)).toBe("Check the [toll] in the [wire] and the statement now");
  });
});

const bracketed = (parts: { text: string; hit: boolean }[]) =>
  parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join("");
