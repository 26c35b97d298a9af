import MarkdownIt from "markdown-it";
import { canonicalText } from "@/lib/text-import/canonical-text";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import { extractFromText, suggestTitle, type TextExtraction } from "./extract-from-text";
import { assertWithinImportLimit } from "./import-limits";
import { ParagraphBuilder } from "./paragraph-builder";

/**
 * markdown-it drops, silently, block content nested deeper than maxNesting,
 * and its cost grows with nesting × lines (1 MB of 100-deep quotes: 16 s).
 * 20 allows eight levels of nested lists; reaching it is refused, not truncated.
 */
const MAX_NESTING = 20;

// html: false — raw HTML in the Markdown is plain text, never markup. No
// linkify or typographer: the text must stay as written, because annotations quote it.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, maxNesting: MAX_NESTING });
type Token = ReturnType<typeof markdown.parse>[number];

/**
 * markdown-it is linear but slow on hostile input (5 MB of "[" takes 16 s on
 * the event loop); a Markdown article is tens of kilobytes, so a tighter cap
 * than for other formats costs nothing.
 */
export const MAX_MARKDOWN_BYTES = 1024 * 1024;

const BLOCK_TOKENS = new Set([
  "paragraph",
  "heading",
  "blockquote",
  "bullet_list",
  "ordered_list",
  "list_item",
  "table",
  "tr",
  "dl",
  "dt",
  "dd",
]);

/**
 * Markdown → plain text with paragraphs kept, by walking markdown-it's tokens
 * (no HTML is produced or parsed): headings, lists, quotes, emphasis and links
 * reduce to their text, code stays as written, images are dropped. Titled by
 * the first heading, else the first line.
 */
export function extractFromMarkdown(source: string): TextExtraction {
  assertWithinImportLimit(source);
  // Cheap bound first: a UTF-16 code unit is at most 3 UTF-8 bytes.
  if (source.length * 3 > MAX_MARKDOWN_BYTES && Buffer.byteLength(source, "utf8") > MAX_MARKDOWN_BYTES) {
    throw new PayloadTooLargeError("The Markdown is larger than 1 MB.");
  }
  const builder = new ParagraphBuilder();
  let heading: string | undefined;
  let firstLine: string | undefined;
  const tokens = markdown.parse(source, {});
  // Whenever markdown-it has dropped content, a token sits at the last level it allows.
  if (tokens.some((token) => token.level >= MAX_NESTING - 1)) {
    throw new InvalidInputError("The Markdown is nested too deeply to be read.");
  }
  tokens.forEach((token, i) => {
    const kind = token.type.replace(/_(open|close)$/, "");
    if (BLOCK_TOKENS.has(kind) || token.type === "hr") builder.paragraphBreak();
    if (token.type === "th_open" || token.type === "td_open" || token.type === "th_close" || token.type === "td_close")
      builder.addText(" ");
    if (token.type === "inline") addInline(builder, token.children ?? []);
    if (token.type === "fence" || token.type === "code_block") addCode(builder, token.content);
    if (token.type === "heading_open" && heading === undefined)
      heading = inlineText(tokens[i + 1]?.children ?? [], false);
    if (token.type === "inline" && firstLine === undefined)
      firstLine = suggestTitle(inlineText(token.children ?? [], true));
  });
  const text = canonicalText(builder.finish());
  const suggestedTitle = suggestTitle(heading) ?? firstLine ?? extractFromText(text).suggestedTitle;
  return suggestedTitle === undefined ? { text } : { text, suggestedTitle };
}

function addInline(builder: ParagraphBuilder, children: Token[]): void {
  for (const child of children) {
    // text_special: an escape or entity, already decoded.
    if (child.type === "text" || child.type === "text_special" || child.type === "code_inline")
      builder.addText(child.content);
    // A soft break is a space when the paragraph flows, as in rendered HTML.
    if (child.type === "softbreak") builder.addText("\n");
    if (child.type === "hardbreak") builder.lineBreak();
  }
}

function addCode(builder: ParagraphBuilder, code: string): void {
  builder.paragraphBreak();
  builder.preformatted += 1;
  builder.addText(code.replace(/\n$/, ""));
  builder.preformatted -= 1;
  builder.paragraphBreak();
}

/** The words of an inline run (for a title), markup and images dropped; up to its first line break if asked. */
function inlineText(children: Token[], firstLineOnly: boolean): string {
  let text = "";
  for (const child of children) {
    if (child.type === "softbreak" || child.type === "hardbreak") {
      if (firstLineOnly) break;
      text += " ";
    }
    if (child.type === "text" || child.type === "text_special" || child.type === "code_inline") text += child.content;
  }
  return text;
}
