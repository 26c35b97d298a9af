import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap, type TreeAdapter } from "parse5";
import { InvalidInputError } from "@/lib/errors";

/**
 * A pre-parse of untrusted HTML with a budget, run before jsdom builds its
 * DOM, because the parser can be made to stall or exhaust memory by small
 * inputs:
 * - nesting: jsdom's tree building slows quadratically with depth (10,000
 *   nested <div>s take ~25 s; 100,000 overflow the stack);
 * - formatting amplification: the parser re-creates every still-active
 *   formatting element (<b>, <font>, …) in each new paragraph, so 40 KB of
 *   `<p><b data-1>…<b data-100>` then `<p>x` repeated builds a million
 *   elements (80 KB exhausted a 4 GB heap when we tried).
 * It runs parse5 — the parser inside jsdom, with jsdom's options — over plain
 * objects, counting as it builds, and stops at the first limit passed. Exact,
 * where a home-made approximation of the tree builder's rules is not.
 */

export const HTML_LIMITS = {
  /** Blink's parser stops nesting at 512; real pages stay far below. */
  depth: 512,
  /** Article pages have a few thousand elements; very long reference pages tens of thousands. */
  elements: 50_000,
  /**
   * jsdom's cost per inserted node grows with its depth (20,000 nodes at
   * depth 500 take 10 s), so the sum of insertion depths is budgeted too:
   * ~2.5 s of parsing at most; a large real page uses a tenth of it.
   */
  work: 5_000_000,
};

export interface HtmlComplexity {
  depth: number;
  elements: number;
  /** Sum over inserted elements and text of their depth. */
  work: number;
}

type Adapter = TreeAdapter<DefaultTreeAdapterMap>;
type ParentNode = DefaultTreeAdapterMap["parentNode"];

class LimitExceeded extends Error {
  constructor(readonly limit: keyof typeof HTML_LIMITS) {
    super(limit);
  }
}

export function assertParseableHtml(html: string): void {
  try {
    measureHtmlComplexity(html);
  } catch (error) {
    if (!(error instanceof LimitExceeded)) throw error;
    throw new InvalidInputError(
      error.limit === "depth"
        ? "The page's HTML is nested too deeply to be read."
        : "The page's HTML is too large or complex to be read.",
    );
  }
}

/** Depth and element count of the tree jsdom would build; throws LimitExceeded past HTML_LIMITS. */
export function measureHtmlComplexity(html: string): HtmlComplexity {
  let elements = 0;
  let work = 0;
  // Template contents hang off their template, not their parent: follow that link too.
  const templateOf = new WeakMap<ParentNode, ParentNode>();
  // Charges an insertion under `parent`; the walk up costs what it measures, so the budget bounds it too.
  const insertUnder = (parent: ParentNode): void => {
    let depth = 0;
    for (
      let n: ParentNode | null = parent;
      n;
      n = ("parentNode" in n ? n.parentNode : null) ?? templateOf.get(n) ?? null
    ) {
      if (++depth > HTML_LIMITS.depth) throw new LimitExceeded("depth");
    }
    work += depth;
    if (work > HTML_LIMITS.work) throw new LimitExceeded("work");
  };
  const adapter: Adapter = {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      if (++elements > HTML_LIMITS.elements) throw new LimitExceeded("elements");
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
    // A new child's depth is its parent's, counting the document as the html element's parent.
    appendChild(parent, child) {
      insertUnder(parent);
      defaultTreeAdapter.appendChild(parent, child);
    },
    insertBefore(parent, child, reference) {
      insertUnder(parent);
      defaultTreeAdapter.insertBefore(parent, child, reference);
    },
    // Text is charged when it starts a new node; parse5 appends adjacent runs to the same one.
    insertText(parent, text) {
      if (parent.childNodes.at(-1)?.nodeName !== "#text") insertUnder(parent);
      defaultTreeAdapter.insertText(parent, text);
    },
    insertTextBefore(parent, text, reference) {
      const before = parent.childNodes[parent.childNodes.indexOf(reference) - 1];
      if (before?.nodeName !== "#text") insertUnder(parent);
      defaultTreeAdapter.insertTextBefore(parent, text, reference);
    },
    setTemplateContent(template, content) {
      defaultTreeAdapter.setTemplateContent(template, content);
      templateOf.set(content, template);
    },
  };
  // scriptingEnabled: false, as jsdom parses without runScripts (<noscript> content is markup).
  const document = parse(html, { treeAdapter: adapter, scriptingEnabled: false });
  // The adoption agency moves subtrees after insertion; measure the finished tree once more.
  const depth = deepestElement(document);
  if (depth > HTML_LIMITS.depth) throw new LimitExceeded("depth");
  return { depth, elements, work };
}

/** Depth of the deepest element below the document (html = 1), without recursion. */
function deepestElement(document: ParentNode): number {
  let deepest = 0;
  const stack: Array<[ParentNode, number]> = [[document, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    for (const child of node.childNodes) {
      if ("tagName" in child) stack.push([child, depth + 1]);
    }
    if ("content" in node && node.content) stack.push([node.content, depth]);
  }
  return deepest;
}
