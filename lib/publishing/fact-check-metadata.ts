import { publicPaths } from "@/lib/public-urls/public-address";
import type { PublicFactCheck } from "@/lib/publishing/load-public-fact-check";

/** A description for link previews: the summary's first words, whole words only, at most `max` characters. */
export function previewText(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  return `${cut.includes(" ") ? cut.slice(0, cut.lastIndexOf(" ")) : cut}…`;
}

type FeedLink = { url: string; title: string }[];

/** The part of Next.js's Metadata the page sets (lib/ stays free of Next.js: the page passes it on as is). */
export interface FactCheckMetadata {
  title: { absolute: string };
  description: string;
  alternates: {
    canonical: string;
    types: Record<"application/json+oembed", string> &
      Record<"application/atom+xml" | "application/feed+json", FeedLink>;
  };
  openGraph: {
    type: "article";
    url: string;
    title: string;
    description: string;
    siteName: string;
    publishedTime?: string;
    modifiedTime: string;
  };
  twitter: { card: "summary"; title: string; description: string };
}

/**
 * Pure: the fact-check page's metadata: the canonical address, Open Graph
 * (og:type article) and Twitter card, oEmbed and feed discovery. Every
 * address is absolute at the public origin.
 */
export function factCheckMetadata(
  page: Pick<PublicFactCheck, "url" | "workspace" | "verdict">,
  words: { title: string; feedTitle: string },
  origin: string,
): FactCheckMetadata {
  const description = previewText(page.verdict.summary);
  const feed = (format: "atom" | "json") => [
    { url: `${origin}${publicPaths.feed(page.workspace.slug, "fact-checks", format)}`, title: words.feedTitle },
  ];
  return {
    title: { absolute: `${words.title} · ${page.workspace.organisationName}` },
    description,
    alternates: {
      canonical: page.url,
      types: {
        "application/json+oembed": `${origin}${publicPaths.oembed(page.url)}`,
        "application/atom+xml": feed("atom"),
        "application/feed+json": feed("json"),
      },
    },
    openGraph: {
      type: "article",
      url: page.url,
      title: words.title,
      description,
      siteName: page.workspace.organisationName,
      ...(page.verdict.firstApprovedAt ? { publishedTime: page.verdict.firstApprovedAt.toISOString() } : {}),
      modifiedTime: page.verdict.modifiedAt.toISOString(),
    },
    twitter: { card: "summary", title: words.title, description },
  };
}
