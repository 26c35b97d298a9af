import { descendantElements } from "./clean-html-page";
import { suggestTitle } from "./extract-from-text";

export interface HtmlMetadata {
  title?: string;
  author?: string;
  outlet?: string;
  /** ISO 8601, only when the page's date parses. */
  publishedAt?: string;
  language?: string;
}

/**
 * Metadata from the page's <head> (Open Graph, article:*, author, lang). Used
 * to fill what Readability leaves empty, and alone when it finds no article.
 * Read before Readability runs: it removes elements such as JSON-LD scripts.
 */
export function readPageMetadata(document: Document): HtmlMetadata {
  // One pass over the elements (selector queries are slow on big pages); the first of each key wins.
  const elements = descendantElements(document);
  const metas = new Map<string, string>();
  for (const meta of elements.filter((element) => element.localName === "meta")) {
    const key = meta.getAttribute("property") ?? meta.getAttribute("name") ?? meta.getAttribute("itemprop");
    const content = meta.getAttribute("content");
    if (key && content !== null && !metas.has(key)) metas.set(key, content);
  }
  const time = elements.find((element) => element.localName === "time" && element.hasAttribute("datetime"));
  return compactMetadata({
    title: metas.get("og:title") ?? document.title,
    author: metas.get("author") ?? metas.get("article:author"),
    outlet: metas.get("og:site_name") ?? metas.get("application-name"),
    publishedAt: metas.get("article:published_time") ?? metas.get("datePublished") ?? time?.getAttribute("datetime"),
    language: document.documentElement.getAttribute("lang"),
  });
}

/** Trims every field, drops empty ones and unparseable dates, caps lengths. */
export function compactMetadata(raw: Record<keyof HtmlMetadata, string | null | undefined>): HtmlMetadata {
  const result: HtmlMetadata = {};
  const author = suggestTitle(raw.author);
  const outlet = suggestTitle(raw.outlet);
  // Collapsed and capped first: the suffix pattern then runs on short, single-spaced text.
  const fullTitle = suggestTitle(raw.title);
  const title = fullTitle && outlet ? withoutOutletName(fullTitle, outlet) : fullTitle;
  const publishedAt = toIsoDate(raw.publishedAt);
  const language = raw.language?.trim();
  if (title) result.title = title;
  if (author) result.author = author;
  if (outlet) result.outlet = outlet;
  if (publishedAt) result.publishedAt = publishedAt;
  // A language tag is short ("en", "pt-BR", "zh-Hant-TW"); anything else is noise.
  if (language && /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(language)) result.language = language;
  return result;
}

/** "Headline | The Daily Example" → "Headline": pages often append the outlet to <title>. */
function withoutOutletName(title: string, outlet: string): string {
  const name = outlet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const separator = " [|\\-\u2013\u2014\u00b7:\u2022\u00bb] ";
  const stripped = title
    .replace(new RegExp(`${separator}${name}$`, "i"), "")
    .replace(new RegExp(`^${name}${separator}`, "i"), "");
  return stripped.trim() === "" ? title : stripped;
}

function toIsoDate(value: string | null | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  const time = Date.parse(value.trim());
  return Number.isFinite(time) ? new Date(time).toISOString() : undefined;
}
