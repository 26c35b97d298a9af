/**
 * DOM clean-up before text extraction. Readability drops page chrome by its
 * own heuristics, but not reliably on short pages, and every element it
 * scores costs time; so what is never article text goes first, for
 * Readability and for the fallback path alike. Plain loops rather than
 * selector queries or HTMLCollections: on a page of 10,000 elements jsdom's
 * selector engine takes ~100 ms per query, and indexing getElementsByTagName("*")
 * throughout takes seconds.
 */

const NON_CONTENT_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "link",
  "meta",
  "select",
  "button",
  "input",
  "textarea",
  "nav",
]);
// Site furniture outside the article. Inside it, a <header> holds the headline and an <aside> a
// fact box, so those stay. Never <form>: some CMSs wrap the whole page in one.
const SITE_FRAME_TAGS = new Set(["header", "footer", "aside", "dialog"]);
const SITE_FRAME_ROLES = new Set(["banner", "contentinfo", "complementary", "search", "dialog"]);

// Whole class/id tokens that name advertising: "ad", "ads", "ad-slot", "advert…", "sponsor…", "promo".
// Not substrings: "header-ad" or "has-ads" may wrap the article itself.
const AD_TOKEN = /^(ads?([-_].*)?|advert\w*|adsbygoogle|sponsor(ed)?([-_].*)?|promo(ted)?)$/i;

// Elements Readability scores and cleans one selector query at a time.
const CONTAINER_TAGS = new Set([
  "div",
  "section",
  "article",
  "main",
  "table",
  "ul",
  "ol",
  "dl",
  "form",
  "fieldset",
  "figure",
  "header",
  "footer",
  "aside",
]);

export interface PageShape {
  /** Elements left below the root. */
  elements: number;
  /** Of which containers (div, section, table, list…). */
  containers: number;
  /** Deepest element below the root (its children are 1). */
  depth: number;
}

/**
 * Removes scripts, styles, media, form controls, hidden elements, advertising
 * slots, navigation, and the site's header, footer and sidebars; returns the
 * shape of what is left.
 */
export function removeNonContent(root: Element): PageShape {
  const doomed: Element[] = [];
  const shape: PageShape = { elements: 0, containers: 0, depth: 0 };
  const stack: Array<{ element: Element; depth: number; inArticle: boolean }> = [
    { element: root, depth: 0, inArticle: false },
  ];
  while (stack.length > 0) {
    const { element, depth, inArticle } = stack.pop()!;
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      if (isNonContent(child, inArticle)) {
        doomed.push(child);
        continue;
      }
      shape.elements += 1;
      if (CONTAINER_TAGS.has(child.localName)) shape.containers += 1;
      shape.depth = Math.max(shape.depth, depth + 1);
      stack.push({ element: child, depth: depth + 1, inArticle: inArticle || isArticle(child) });
    }
  }
  for (const element of doomed) element.remove();
  return shape;
}

function isNonContent(element: Element, inArticle: boolean): boolean {
  const role = element.getAttribute("role");
  return (
    NON_CONTENT_TAGS.has(element.localName) ||
    role === "navigation" ||
    element.hasAttribute("hidden") ||
    element.getAttribute("aria-hidden") === "true" ||
    element.hasAttribute("data-ad-slot") ||
    (!inArticle && (SITE_FRAME_TAGS.has(element.localName) || (role !== null && SITE_FRAME_ROLES.has(role)))) ||
    isAdvertising(element)
  );
}

function isArticle(element: Element): boolean {
  return (
    element.localName === "article" ||
    element.localName === "main" ||
    element.getAttribute("role") === "main" ||
    isArticleBody(element)
  );
}

function isArticleBody(element: Element): boolean {
  return (element.getAttribute("itemprop") ?? "").split(/\s+/).includes("articleBody");
}

function isAdvertising(element: Element): boolean {
  if (AD_TOKEN.test(element.id)) return true;
  for (const token of Array.from(element.classList)) if (AD_TOKEN.test(token)) return true;
  return false;
}

/**
 * The element most likely to hold the article when Readability found none:
 * an explicit articleBody, else the <article> with the most text, else <main>,
 * else the body.
 */
export function mainContentRoot(body: Element): Element {
  const elements = descendantElements(body);
  return (
    elements.find(isArticleBody) ??
    longestText(elements.filter((element) => element.localName === "article")) ??
    elements.find((element) => element.localName === "main" || element.getAttribute("role") === "main") ??
    body
  );
}

function longestText(elements: Element[]): Element | undefined {
  let best: Element | undefined;
  let bestLength = 0;
  for (const element of elements) {
    const length = element.textContent?.trim().length ?? 0;
    if (length > bestLength) {
      best = element;
      bestLength = length;
    }
  }
  return best;
}

/** Every element below the root, in document order, without recursion or live collections. */
export function descendantElements(root: Element | Document): Element[] {
  const result: Element[] = [];
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  while (stack.length > 0) {
    const element = stack.pop()!;
    result.push(element);
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return result;
}
