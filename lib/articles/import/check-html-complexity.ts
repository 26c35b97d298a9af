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
  /** Real article pages have a few thousand; the largest web pages, tens of thousands. */
  elements: 200_000,
};

export interface HtmlComplexity {
  depth: number;
  elements: number;
}

type Adapter = TreeAdapter<DefaultTreeAdapterMap>;
type ParentNode = DefaultTreeAdapterMap["parentNode"];

class LimitExceeded extends Error {
  constructor(readonly limit: "depth" | "elements") {
    super(limit);
  }
}

export function assertParseableHtml(html: string): void {
  try {
    measureHtmlComplexity(html);
  } catch (error) {
    if (!(error instanceof LimitExceeded)) throw error;
    throw new InvalidInputError(
      error.limit === "depth" ? "The page's HTML is nested too deeply to be read." : "The page's HTML has too many elements to be read.",
    );
  }
}

/** Depth and element count of the tree jsdom would build; throws LimitExceeded past HTML_LIMITS. */
export function measureHtmlComplexity(html: string): HtmlComplexity {
  let elements = 0;
  // Template contents hang off their template, not their parent: follow that link too.
  const templateOf = new WeakMap<ParentNode, ParentNode>();
  const depthOf = (node: ParentNode | null): number => {
    let depth = 0;
    for (let n = node; n; n = ("parentNode" in n ? n.parentNode : null) ?? templateOf.get(n) ?? null) {
      if (++depth > HTML_LIMITS.depth) throw new LimitExceeded("depth");
    }
    return depth;
  };
  const adapter: Adapter = {
    ...defaultTreeAdapter,
    createElement(tagName, namespaceURI, attrs) {
      if (++elements > HTML_LIMITS.elements) throw new LimitExceeded("elements");
      return defaultTreeAdapter.createElement(tagName, namespaceURI, attrs);
    },
    // The new child's depth is its parent's, counting the document as the html element's parent.
    appendChild(parent, child) {
      defaultTreeAdapter.appendChild(parent, child);
      depthOf(parent);
    },
    insertBefore(parent, child, reference) {
      defaultTreeAdapter.insertBefore(parent, child, reference);
      depthOf(parent);
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
  return { depth, elements };
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
