import { ParagraphBuilder } from "./paragraph-builder";

/**
 * Reduces a DOM subtree to readable plain text, the way a reader sees it:
 * block elements become paragraphs separated by a blank line, <br> becomes a
 * line break, whitespace collapses as in HTML rendering except inside <pre>,
 * and non-text content (scripts, styles, media, form controls) is skipped.
 * The Markdown extractor assembles text with the same ParagraphBuilder.
 */

const BLOCK_ELEMENTS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);

const SKIPPED_ELEMENTS = new Set([
  "audio",
  "button",
  "canvas",
  "embed",
  "head",
  "iframe",
  "img",
  "input",
  "link",
  "map",
  "math",
  "meta",
  "noscript",
  "object",
  "picture",
  "script",
  "select",
  "source",
  "style",
  "svg",
  "template",
  "textarea",
  "title",
  "track",
  "video",
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Paragraphs joined by a blank line; callers still run canonicalText over it. */
export function domToText(root: Node): string {
  const builder = new ParagraphBuilder();
  // An explicit stack instead of recursion: hostile pages can nest deeper than the call stack.
  const stack: Array<{ node: Node; leaving: boolean }> = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      builder.addText((node as CharacterData).data);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE && node !== root) continue;
    const name = node.nodeType === ELEMENT_NODE ? (node as Element).localName : "";
    if (leaving) {
      leaveElement(builder, name);
      continue;
    }
    if (SKIPPED_ELEMENTS.has(name) && node !== root) continue;
    enterElement(builder, name);
    stack.push({ node, leaving: true });
    for (let child = node.lastChild; child !== null; child = child.previousSibling) {
      stack.push({ node: child, leaving: false });
    }
  }
  return builder.finish();
}

function enterElement(builder: ParagraphBuilder, name: string): void {
  if (BLOCK_ELEMENTS.has(name)) builder.paragraphBreak();
  if (name === "br") builder.lineBreak();
  if (name === "pre") builder.preformatted += 1;
  // Table cells sit side by side: keep their words apart.
  if (name === "td" || name === "th") builder.addText(" ");
}

function leaveElement(builder: ParagraphBuilder, name: string): void {
  if (name === "pre") builder.preformatted -= 1;
  if (name === "td" || name === "th") builder.addText(" ");
  if (BLOCK_ELEMENTS.has(name)) builder.paragraphBreak();
}
