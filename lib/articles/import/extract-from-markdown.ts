import { JSDOM, VirtualConsole } from "jsdom";
import MarkdownIt from "markdown-it";
import { canonicalText } from "@/lib/articles/canonical-text";
import { domToText } from "./dom-to-text";
import { suggestTitle, type TextExtraction } from "./extract-from-text";
import { assertWithinImportLimit } from "./import-limits";

// html: false — raw HTML in the Markdown is escaped and stays visible as text,
// never interpreted. No linkify or typographer: the text must stay as written,
// because annotations quote it.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

let parserWindow: JSDOM["window"] | undefined;

/**
 * One shared, script-less window whose DOMParser reads markdown-it's output.
 * A DOMParser document never runs scripts, and this HTML comes from our own
 * renderer, so sharing the window is safe and spares a JSDOM per call.
 */
function parseHtml(html: string): Document {
  parserWindow ??= new JSDOM("", { virtualConsole: new VirtualConsole() }).window;
  return new parserWindow.DOMParser().parseFromString(html, "text/html");
}

/** Markdown → plain text with paragraphs kept; titled by its first heading, else its first line. */
export function extractFromMarkdown(source: string): TextExtraction {
  assertWithinImportLimit(source);
  const document = parseHtml(markdown.render(source));
  const text = canonicalText(domToText(document.body));
  const heading = document.body.querySelector("h1, h2, h3, h4, h5, h6");
  // Without a heading, the first source line: the rendered DOM's raw text keeps Markdown's soft line breaks.
  const firstLine = (document.body.textContent ?? "").split("\n").find((line) => line.trim() !== "");
  const suggestedTitle = suggestTitle(heading ? domToText(heading) : firstLine);
  return suggestedTitle === undefined ? { text } : { text, suggestedTitle };
}
