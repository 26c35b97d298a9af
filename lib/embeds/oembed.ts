import { create } from "xmlbuilder2";
import { InvalidInputError } from "@/lib/errors";
import { claimIdOfFactCheckSegment } from "@/lib/public-urls/public-address";
import { xmlText } from "@/lib/feeds/xml-text";

/** The card's natural size; a consumer's maxwidth / maxheight only ever shrink it (the card reflows and scrolls). */
export const EMBED_WIDTH = 560;
export const EMBED_HEIGHT = 320;
/** how long a consumer may keep the answer (oEmbed cache_age, seconds): a rating can be corrected */
export const OEMBED_CACHE_AGE = 3600;

export type OembedFormat = "json" | "xml";

/**
 * Pure: the fact-check a page address names, or null when it is not a
 * fact-check page of this app: another origin (the public one, never the
 * request's Host), another path (an index, a feed, a source copy), no claim id.
 * The words before the id may be stale: only the id counts, as on the page.
 */
export function factCheckOfUrl(pageUrl: string, origin: string): { workspaceSlug: string; claimId: string } | null {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return null;
  }
  if (url.origin !== origin) return null;
  const match = /^\/fact-checks\/([^/]+)\/([^/]+)\/?$/.exec(url.pathname);
  if (!match) return null;
  const claimId = claimIdOfFactCheckSegment(match[2]!);
  let workspaceSlug: string;
  try {
    workspaceSlug = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  return claimId ? { workspaceSlug, claimId } : null;
}

/** The page address a consumer asks about: required (400 without it). */
export function requirePageUrl(value: string | null): string {
  if (!value)
    throw new InvalidInputError("url is required: the address of a fact-check page.", {
      url: ["url is required: the address of a fact-check page."],
    });
  return value;
}

/** A request's maxwidth / maxheight: absent, or a positive whole number of pixels (anything else is the consumer's mistake, 400). */
export function parseMaxSize(value: string | null, name: "maxwidth" | "maxheight"): number | null {
  if (value === null || value === "") return null;
  if (!/^\d{1,6}$/.test(value) || Number(value) < 1)
    throw new InvalidInputError(`${name} must be a whole number of pixels.`, {
      [name]: ["Must be a whole number of pixels."],
    });
  return Number(value);
}

/** Pure: the iframe's size, never larger than the consumer allows (oEmbed 1.0 §2.2). */
export function embedSize(max: { maxwidth: number | null; maxheight: number | null }): {
  width: number;
  height: number;
} {
  return {
    width: Math.min(EMBED_WIDTH, max.maxwidth ?? EMBED_WIDTH),
    height: Math.min(EMBED_HEIGHT, max.maxheight ?? EMBED_HEIGHT),
  };
}

/** For a double-quoted HTML attribute: the five characters that could end or open markup. */
export function escapeHtmlAttribute(text: string): string {
  return text.replace(/[&"'<>]/g, (c) => ({ "&": "&amp;", '"': "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;" })[c]!);
}

export interface OembedAnswer {
  type: "rich";
  version: "1.0";
  title: string;
  author_name: string;
  author_url?: string;
  provider_name: string;
  provider_url: string;
  cache_age: number;
  html: string;
  width: number;
  height: number;
}

/** Pure: the oEmbed answer for a public fact-check, its card in an iframe. */
export function oembedAnswer(card: {
  title: string;
  iframeTitle: string;
  organisation: { name: string; url: string | null };
  embedUrl: string;
  origin: string;
  size: { width: number; height: number };
}): OembedAnswer {
  const { width, height } = card.size;
  const html =
    `<iframe src="${escapeHtmlAttribute(card.embedUrl)}" width="${width}" height="${height}" title="${escapeHtmlAttribute(card.iframeTitle)}"` +
    ` style="border:0;max-width:100%" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  return {
    type: "rich",
    version: "1.0",
    title: card.title,
    author_name: card.organisation.name,
    ...(card.organisation.url ? { author_url: card.organisation.url } : {}),
    provider_name: "Factdesk",
    provider_url: `${card.origin}/`,
    cache_age: OEMBED_CACHE_AGE,
    html,
    width,
    height,
  };
}

/** oEmbed's XML form (§2.3.4): `<oembed>` with one element per field, every text escaped by xmlbuilder2. */
export function writeOembedXml(answer: OembedAnswer): string {
  const root = create({ version: "1.0", encoding: "UTF-8", standalone: true }).ele("oembed");
  for (const [name, value] of Object.entries(answer)) root.ele(name).txt(xmlText(String(value)));
  return root.end({ prettyPrint: true });
}
