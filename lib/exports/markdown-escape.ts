/**
 * Security choke point for the Markdown export: user text (claims, summaries,
 * titles) is escaped so it reads as literal text in any CommonMark renderer and
 * cannot open a link, an image, raw HTML, a heading or a list. Backslash
 * escapes of ASCII punctuation are part of CommonMark, so the text still reads
 * the same once rendered. Visible bare URLs may still be auto-linked by GFM
 * renderers; their target is then exactly the text shown, so nothing is hidden.
 */
import { safeLinkUrl } from "./report-text";

/** Characters with inline meaning: emphasis, code, links/images, HTML, tables, strikethrough, attributes, headings. */
const INLINE_SPECIAL = /[\\`*_[\]<>!|~{}#]/g;
/** "&amp;", "&#60;": an entity would turn into the character it names. */
const ENTITY_START = /&(?=#?[A-Za-z0-9]+;)/g;

function escapeChars(text: string): string {
  return text.replace(INLINE_SPECIAL, "\\$&").replace(ENTITY_START, "\\&");
}

/** Escapes what only means something at the start of a line: list bullets, setext underlines, ordered lists. */
function escapeLineStart(line: string): string {
  return line.replace(/^[-+=]/, "\\$&").replace(/^(\d{1,9})([.)])/, "$1\\$2");
}

/** User text on one line of Markdown (a heading, a list item); line breaks become spaces. */
export function escapeMarkdownInline(text: string): string {
  return escapeLineStart(escapeChars(text.replace(/\s*[\r\n]+\s*/g, " ").trim()));
}

/**
 * Multi-line user text as its own paragraphs. Lines are trimmed so that
 * indentation cannot start a code block.
 */
export function escapeMarkdownBlock(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .trim()
    .split("\n")
    .map((line) => escapeLineStart(escapeChars(line.trim())))
    .join("\n");
}

/** A Markdown link with escaped text, or the escaped text alone when the URL is not a safe http(s) URL. */
export function markdownLink(text: string, url: string | null | undefined): string {
  const label = escapeMarkdownInline(text) || "link";
  const href = safeLinkUrl(url);
  // WHATWG URL serialization percent-encodes spaces, "<" and ">", so <href> cannot break out
  return href ? `[${label}](<${href}>)` : label;
}

/** An anchor id safe inside an HTML attribute. */
export function safeAnchorId(anchor: string): string {
  return anchor.replace(/[^A-Za-z0-9_-]/g, "");
}
