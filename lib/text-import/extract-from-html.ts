import { Readability } from "@mozilla/readability";
import { JSDOM, VirtualConsole } from "jsdom";
import { canonicalText } from "@/lib/text-import/canonical-text";
import { assertParseableHtml } from "./check-html-complexity";
import { mainContentRoot, removeNonContent } from "./clean-html-page";
import { domToText } from "./dom-to-text";
import { assertWithinImportLimit } from "./import-limits";
import { compactMetadata, readPageMetadata, type HtmlMetadata } from "./read-page-metadata";

export type { HtmlMetadata } from "./read-page-metadata";

export interface HtmlExtraction {
  /** Canonical article text (see canonicalText); may be empty. */
  text: string;
  metadata: HtmlMetadata;
}

/**
 * Readability under jsdom costs roughly (containers × ~10 selector queries ×
 * up to 4 retries on short text), each query growing with the subtree:
 * crafted pages of 3,000 elements took 7–19 s, blocking the event loop.
 * Pages beyond these bounds after clean-up go straight to the linear
 * fallback; article pages stay within them once scripts, SVG and site
 * furniture are gone.
 */
const READABILITY_MAX = { elements: 1500, containers: 400, depth: 40 };
/** Readability's own minimum article length: below it, it retries three more times, and has nothing to choose from. */
const READABILITY_MIN_TEXT = 500;

/**
 * The article's readable text and metadata from an HTML page: Mozilla
 * Readability over jsdom, falling back to the main content's text when it
 * finds no article. Scripts never run and no subresources are loaded: the page
 * is parsed into an inert document (DOMParser), never into a window of its own.
 */
export function extractFromHtml(html: string): HtmlExtraction {
  assertWithinImportLimit(html);
  assertParseableHtml(html);
  const document = parser().parseFromString(html, "text/html");
  const pageMetadata = readPageMetadata(document);
  const shape = removeNonContent(document.body);
  const readable =
    shape.elements <= READABILITY_MAX.elements &&
    shape.containers <= READABILITY_MAX.containers &&
    shape.depth <= READABILITY_MAX.depth &&
    (document.body.textContent ?? "").trim().length >= READABILITY_MIN_TEXT;
  const article = readable ? readArticle(document) : undefined;
  const metadata = { ...pageMetadata, ...article?.metadata };
  if (article && article.text !== "") return { text: article.text, metadata };
  return { text: canonicalText(domToText(mainContentRoot(article?.pristineBody ?? document.body))), metadata };
}

/**
 * One jsdom window for the process, only for its DOMParser: building a window
 * per page cost ~10× the parse itself. Documents from it share nothing with
 * each other, and extraction is synchronous, so requests cannot interleave.
 * A virtual console of our own, not forwarded: page CSS errors are not our logs.
 */
let sharedWindow: JSDOM["window"] | undefined;
function parser(): InstanceType<JSDOM["window"]["DOMParser"]> {
  sharedWindow ??= new JSDOM("", { virtualConsole: new VirtualConsole() }).window;
  return new sharedWindow.DOMParser();
}

interface ReadArticle {
  text: string;
  metadata: HtmlMetadata;
  /** The body as it was before Readability rewrote the document. */
  pristineBody: Element;
}

function readArticle(document: Document): ReadArticle | undefined {
  const pristineBody = document.body.cloneNode(true) as Element;
  let parsed: ReturnType<Readability<Node>["parse"]>;
  try {
    parsed = new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    // Readability is heuristic code over hostile markup; the fallback still has the body.
    return { text: "", metadata: {}, pristineBody };
  }
  if (!parsed) return { text: "", metadata: {}, pristineBody };
  const metadata = compactMetadata({
    title: parsed.title,
    author: parsed.byline,
    outlet: parsed.siteName,
    publishedAt: parsed.publishedTime,
    language: parsed.lang,
  });
  const text = parsed.content ? canonicalText(domToText(parsed.content)) : "";
  return { text, metadata, pristineBody };
}
