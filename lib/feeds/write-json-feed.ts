import type { FeedDocument } from "@/lib/feeds/feed-document";

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Plain text only
 * (content_text, never content_html); our own fields go in the `_factdesk`
 * extension, which readers that do not know it ignore.
 */
export function writeJsonFeed(feed: FeedDocument): string {
  const document = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    description: feed.subtitle,
    home_page_url: feed.homePageUrl,
    feed_url: feed.feedUrl,
    language: feed.language,
    authors: [{ name: feed.author.name, ...(feed.author.url ? { url: feed.author.url } : {}) }],
    items: feed.entries.map((entry) => ({
      id: entry.id,
      url: entry.url,
      title: entry.title,
      summary: entry.summary,
      content_text: entry.content,
      date_published: entry.published.toISOString(),
      date_modified: entry.updated.toISOString(),
      ...(entry.category ? { tags: [entry.category] } : {}),
      _factdesk: entry.extension,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
