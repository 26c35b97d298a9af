/**
 * DOM clean-up before text extraction. Readability drops page chrome by its
 * own heuristics, but not reliably on short pages, and every element it
 * scores costs time; so what is never article text goes first, for
 * Readability and for the fallback path alike.
 */

const NON_CONTENT = [
  "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
  "link", "meta", "select", "button", "input", "textarea", "[hidden]", '[aria-hidden="true"]',
  "ins.adsbygoogle", "[data-ad-slot]",
].join(", ");

// Site furniture: navigation anywhere; frame and side elements only outside the article, where
// a <header> holds the headline and an <aside> a fact box. Never <form>: some CMSs wrap the page in one.
const NAVIGATION = "nav, [role=navigation]";
const SITE_FRAME = "header, footer, aside, dialog, [role=banner], [role=contentinfo], [role=complementary], [role=search], [role=dialog]";
const ARTICLE = 'article, main, [role="main"], [itemprop~="articleBody"]';

// Whole class/id tokens that name advertising: "ad", "ads", "ad-slot", "advert…", "sponsor…", "promo".
// Not substrings: "header-ad" or "has-ads" may wrap the article itself.
const AD_TOKEN = /^(ads?([-_].*)?|advert\w*|adsbygoogle|sponsor(ed)?([-_].*)?|promo(ted)?)$/i;

/**
 * Removes scripts, styles, media, form controls, hidden elements, advertising
 * slots, navigation, and the site's header, footer and sidebars.
 */
export function removeNonContent(root: Element): void {
  for (const element of Array.from(root.querySelectorAll(NON_CONTENT))) element.remove();
  for (const element of Array.from(root.querySelectorAll(NAVIGATION))) element.remove();
  for (const element of Array.from(root.querySelectorAll(SITE_FRAME))) {
    if (!element.parentElement?.closest(ARTICLE)) element.remove();
  }
  for (const element of Array.from(root.querySelectorAll("[class], [id]"))) {
    if (isAdvertising(element)) element.remove();
  }
}

function isAdvertising(element: Element): boolean {
  const tokens = [...Array.from(element.classList), element.id];
  return tokens.some((token) => AD_TOKEN.test(token));
}

/**
 * The element most likely to hold the article when Readability found none:
 * an explicit articleBody, else the <article> with the most text, else <main>,
 * else the body.
 */
export function mainContentRoot(body: Element): Element {
  return (
    body.querySelector('[itemprop~="articleBody"]') ??
    longestText(Array.from(body.querySelectorAll("article"))) ??
    body.querySelector('main, [role="main"]') ??
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
