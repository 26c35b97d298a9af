import { InvalidInputError } from "@/lib/errors";
import { HtmlParserModel, RAW_TEXT } from "./html-parser-model";

/**
 * A linear pre-scan of untrusted HTML, run before jsdom parses it, because
 * the parser itself can be made to stall or exhaust memory by small inputs:
 * - nesting: tree building slows quadratically with depth (10,000 nested
 *   <div>s take ~25 s; 100,000 overflow the stack);
 * - formatting amplification: the parser re-creates every still-active
 *   formatting element (<b>, <font>, …) in each new paragraph, so 40 KB of
 *   `<p><b data-1>…<b data-100>` then `<p>x` repeated builds a million
 *   elements (80 KB exhausted a 4 GB heap when we tried).
 * The tokenizer here is simplified and the tree builder modelled (see
 * HtmlParserModel); both err towards seeing more markup than the parser does.
 */

export const HTML_LIMITS = {
  /** Blink's parser stops nesting at 512; real pages stay far below. */
  depth: 512,
  /** Formatting elements left open at once; real pages have a handful at most. */
  activeFormatting: 32,
  /** Elements the parser may build, counting re-created formatting elements. */
  elements: 200_000,
};

export interface HtmlComplexity {
  depth: number;
  activeFormatting: number;
  elements: number;
}

export function assertParseableHtml(html: string): void {
  const measured = measureHtmlComplexity(html);
  // Re-created formatting elements stack on top of the open ones, hence the sum.
  if (measured.depth + measured.activeFormatting > HTML_LIMITS.depth || measured.activeFormatting > HTML_LIMITS.activeFormatting) {
    throw new InvalidInputError("The page's HTML is nested too deeply to be read.");
  }
  if (measured.elements > HTML_LIMITS.elements) {
    throw new InvalidInputError("The page's HTML has too many elements to be read.");
  }
}

const TAG = /<(\/?)([a-zA-Z][^\t\n\f\r />]*)([^>]*)>/y;
const RAW_TEXT_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}`, "ig")]));

/** Stops as soon as a limit is passed, so hostile input costs one partial pass. */
export function measureHtmlComplexity(html: string): HtmlComplexity {
  const model = new HtmlParserModel();
  let i = 0;
  while (i < html.length && !exceeds(model)) {
    const lt = html.indexOf("<", i);
    if (lt !== i) model.text();
    if (lt < 0) break;
    if (html.startsWith("<!--", lt)) {
      // "<!-->", "<!--->" and "--!>" also end a comment; searching from lt + 2 finds the first two.
      const end = firstIndex(html.indexOf("-->", lt + 2), html.indexOf("--!>", lt + 2));
      if (end < 0) break;
      i = html.indexOf(">", end) + 1;
      continue;
    }
    TAG.lastIndex = lt;
    const match = TAG.exec(html);
    if (!match) {
      i = lt + 1;
      continue;
    }
    i = TAG.lastIndex;
    // ASCII-only lowercasing, like the parser: "lin\u212A" must not become "link".
    const name = match[2]!.replace(/[A-Z]/g, (c) => c.toLowerCase());
    const attributes = match[3]!;
    if (match[1] === "/") {
      model.endTag(name);
      continue;
    }
    const content = model.startTag(name, attributes.replace(/\s+/g, " "), attributes.endsWith("/"));
    if (content === "plaintext") break;
    if (content === "raw") {
      const closer = RAW_TEXT_END.get(name)!;
      closer.lastIndex = i;
      const end = closer.exec(html);
      if (!end) break;
      i = end.index;
    }
  }
  return { depth: model.depth, activeFormatting: model.activeMax, elements: model.elements };
}

function exceeds(model: HtmlParserModel): boolean {
  return (
    model.depth + model.activeMax > HTML_LIMITS.depth ||
    model.activeMax > HTML_LIMITS.activeFormatting ||
    model.elements > HTML_LIMITS.elements
  );
}

function firstIndex(a: number, b: number): number {
  if (a < 0) return b;
  if (b < 0) return a;
  return Math.min(a, b);
}
