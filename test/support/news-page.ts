import { canonicalText } from "@/lib/text-import/canonical-text";
import { testArticles } from "@/test/articles/test-articles";

/**
 * Test fixtures: the project's test articles (test/articles) as paragraphs,
 * and a realistic news page around an article.
 */
export interface ArticleParagraphs {
  name: string;
  paragraphs: string[];
}

export function articleParagraphs(): ArticleParagraphs[] {
  return testArticles().map(({ name, text }) => ({
    name,
    paragraphs: canonicalText(text)
      .split("\n")
      .filter((line) => line.trim() !== ""),
  }));
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Words that only the page furniture contains: none may survive extraction. */
export const CHROME_MARKERS = [
  "NAVMENU",
  "SCRIPTCODE",
  "STYLERULE",
  "ADVERTCOPY",
  "FOOTERLINKS",
  "RELATEDLINKS",
  "COOKIEBANNER",
];

/** A page like a news site serves: head metadata, scripts, styles, navigation, ads, related links, footer. */
export function newsPage(headline: string, paragraphs: string[]): string {
  const body = paragraphs
    .map(
      (p, i) =>
        `<p>${escapeHtml(p)}</p>` + (i === 1 ? `<div class="ad-slot"><span>ADVERTCOPY Buy now</span></div>` : ""),
    )
    .join("\n");
  const nav = Array.from({ length: 12 }, (_, i) => `<li><a href="/section/${i}">NAVMENU ${i}</a></li>`).join("");
  const related = Array.from(
    { length: 6 },
    (_, i) => `<li><a href="/story/${i}">RELATEDLINKS story ${i}</a></li>`,
  ).join("");
  return `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>${escapeHtml(headline)} | The Daily Example</title>
  <meta property="og:site_name" content="The Daily Example">
  <meta name="author" content="Jane Reporter">
  <meta property="article:published_time" content="2025-04-24T09:30:00Z">
  <style>body { font-family: serif } .STYLERULE { color: red }</style>
  <script>window.dataLayer = []; console.log("SCRIPTCODE");</script>
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>
</head>
<body>
  <div id="cookie-banner" class="cookie" aria-hidden="true">COOKIEBANNER Accept all</div>
  <header class="site-header"><a href="/" class="logo">The Daily Example</a>
    <nav class="main-nav"><ul>${nav}</ul></nav>
  </header>
  <main>
    <article>
      <h1>${escapeHtml(headline)}</h1>
      <p class="byline">By Jane Reporter</p>
      <div class="article-body">
${body}
      </div>
    </article>
    <aside class="sidebar"><h2>Related</h2><ul>${related}</ul></aside>
    <div class="advert"><img src="/ad.png" alt="ADVERTCOPY"></div>
  </main>
  <footer class="site-footer"><a href="/about">FOOTERLINKS About</a> <a href="/contact">FOOTERLINKS Contact</a></footer>
  <script src="/app.js"></script>
</body>
</html>`;
}
