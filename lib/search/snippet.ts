/**
 * Highlighted snippets without HTML. PostgreSQL's ts_headline wraps each
 * matching word in StartSel/StopSel strings; we pick two private-use
 * characters as those markers (the SQL removes them from the text first, so
 * user text cannot fake one) and split the result into plain-text parts that
 * the page renders as text and <mark> elements. User text is never HTML: React
 * escapes each part, and no part is ever passed as markup.
 */
export const HIT_START = "\ue000";
export const HIT_END = "\ue001";

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * ts_headline options (passed as a bind parameter, never spliced into SQL).
 * Short fragments around the hits; a text without hits yields its first words.
 */
export const HEADLINE_OPTIONS = {
  /** article texts: up to two fragments around the best hits */
  fragments: `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxFragments=2, MaxWords=18, MinWords=8, ShortWord=2, FragmentDelimiter=" … "`,
  /** long notes and quotes: one passage of up to 35 words around the hits */
  passage: `StartSel=${HIT_START}, StopSel=${HIT_END}, MaxWords=35, MinWords=15, ShortWord=2`,
  /** short texts (titles, statements, most quotes and notes): the whole text with its hits marked */
  whole: `StartSel=${HIT_START}, StopSel=${HIT_END}, HighlightAll=true`,
} as const;

/** Up to this many characters, a quote or note is shown whole; longer ones as a passage around the hits. */
export const WHOLE_TEXT_MAX = 300;

/** Splits ts_headline output at the markers. Unbalanced or nested markers never leak into the text. */
export function snippetParts(marked: string | null): SnippetPart[] {
  if (!marked) return [];
  const parts: SnippetPart[] = [];
  let hit = false;
  let text = "";
  const flush = () => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += text;
    else parts.push({ text, hit });
    text = "";
  };
  for (const char of marked) {
    if (char === HIT_START || char === HIT_END) {
      flush();
      hit = char === HIT_START;
    } else {
      text += char;
    }
  }
  flush();
  return parts;
}

/**
 * Notes are Markdown: their snippets drop the emphasis and code marks (**, __,
 * `) and keep link labels without their addresses, so they read as text. A
 * mark that a hit splits in two is removed on both sides all the same.
 */
export function withoutMarkdownMarks(parts: SnippetPart[]): SnippetPart[] {
  return parts
    .map((p) => ({ ...p, text: p.text.replace(/\[([^\]]*)\]\([^)\s]*\)/g, "$1").replace(/\*\*|__|`/g, "") }))
    .filter((p) => p.text.length > 0);
}

/** Whether any part is a hit (a snippet of an article whose match was elsewhere has none). */
export function hasHit(parts: SnippetPart[]): boolean {
  return parts.some((p) => p.hit);
}
