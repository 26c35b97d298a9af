import { create } from "xmlbuilder2";
import type { FeedDocument } from "@/lib/feeds/feed-document";
import { xmlText } from "@/lib/feeds/xml-text";

const ATOM = "http://www.w3.org/2005/Atom";

/**
 * Atom 1.0 (RFC 4287), written by xmlbuilder2 so every text and attribute is
 * escaped (every string through xmlText: see why there); texts are `type="text"` (no HTML from a claim ever reaches a reader's
 * feed as markup). The feed names its author, so entries need not.
 */
export function writeAtom(feed: FeedDocument): string {
  const root = create({ version: "1.0", encoding: "UTF-8" }).ele(ATOM, "feed", { "xml:lang": feed.language });
  root.ele("id").txt(xmlText(feed.id));
  root.ele("title", { type: "text" }).txt(xmlText(feed.title));
  root.ele("subtitle", { type: "text" }).txt(xmlText(feed.subtitle));
  root.ele("updated").txt(feed.updated.toISOString());
  root.ele("link", { rel: "self", type: "application/atom+xml", href: xmlText(feed.feedUrl) });
  root.ele("link", { rel: "alternate", type: "text/html", href: xmlText(feed.homePageUrl) });
  root.ele("link", { rel: "alternate", type: feed.alternate.mediaType, href: xmlText(feed.alternate.url) });
  const author = root.ele("author");
  author.ele("name").txt(xmlText(feed.author.name));
  if (feed.author.url) author.ele("uri").txt(xmlText(feed.author.url));
  root.ele("generator").txt("Factdesk");
  for (const entry of feed.entries) {
    const node = root.ele("entry");
    node.ele("id").txt(xmlText(entry.id));
    node.ele("title", { type: "text" }).txt(xmlText(entry.title));
    node.ele("link", { rel: "alternate", type: "text/html", href: xmlText(entry.url) });
    node.ele("published").txt(entry.published.toISOString());
    node.ele("updated").txt(entry.updated.toISOString());
    if (entry.category) node.ele("category", { term: xmlText(entry.category), label: xmlText(entry.category) });
    node.ele("summary", { type: "text" }).txt(xmlText(entry.summary));
    node.ele("content", { type: "text" }).txt(xmlText(entry.content));
  }
  return root.end({ prettyPrint: true });
}
