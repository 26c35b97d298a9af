import { env, type Env } from "@/lib/env";

/** What the address is when nothing is configured: fine on a laptop, wrong in anything a reader receives. */
const DEFAULT_ORIGIN = "http://localhost:3000";

/**
 * The origin of every public address (fact-check pages, reports, feeds, sitemap,
 * embeds, ClaimReview urls, exported annotations): PUBLIC_BASE_URL, else
 * NEXTAUTH_URL, else the local default. Never the request's Host header: a
 * public document must not name whatever host a client claimed.
 */
export function publicOrigin(source: Env = env()): string {
  const configured = source.PUBLIC_BASE_URL ?? source.NEXTAUTH_URL;
  return configured ? new URL(configured).origin : DEFAULT_ORIGIN;
}

/**
 * Why publishing must wait, or null: outside the demo, a public address on
 * localhost would reach readers as a link nobody can open.
 */
export function publicAddressProblem(source: Env = env()): string | null {
  if (source.FACTDESK_DEMO === "1") return null;
  const { hostname } = new URL(publicOrigin(source));
  const local =
    hostname === "localhost" || hostname.endsWith(".localhost") || hostname === "127.0.0.1" || hostname === "[::1]";
  return local
    ? "Set PUBLIC_BASE_URL to the address readers use before publishing: public links would point to this computer."
    : null;
}

/** Lower-case words of a statement for a readable address: "At least 12 dead in Kyiv" → "at-least-12-dead-in-kyiv". */
export function addressWords(text: string, maxLength = 60): string {
  const words = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  if (words.length <= maxLength) return words;
  const cut = words.slice(0, maxLength);
  return cut.includes("-") ? cut.slice(0, cut.lastIndexOf("-")) : cut;
}

/**
 * The path of a claim's public fact-check page: `/fact-checks/<workspace>/<words>-<claimId>`.
 * Only the id after the last "-" identifies it (cuids have no "-"), so the words may
 * follow a later edit of the statement: an old address redirects to the current one.
 */
export function factCheckPath(
  workspaceSlug: string,
  claim: { id: string; statement: string; shortStatement?: string | null },
): string {
  const words = addressWords(claim.shortStatement || claim.statement);
  // words in other scripts (Cyrillic…) are percent-encoded: a URL, not an IRI, for feeds, JSON-LD and Location headers
  return `/fact-checks/${encodeURIComponent(workspaceSlug)}/${words ? `${encodeURIComponent(words)}-` : ""}${claim.id}`;
}

/** The claim id in the last path segment of a fact-check address, or null when it holds none. */
export function claimIdOfFactCheckSegment(segment: string): string | null {
  const id = segment.slice(segment.lastIndexOf("-") + 1);
  return /^[a-z0-9]{20,32}$/.test(id) ? id : null;
}

export function factCheckUrl(
  workspaceSlug: string,
  claim: { id: string; statement: string; shortStatement?: string | null },
  source?: Env,
): string {
  return `${publicOrigin(source)}${factCheckPath(workspaceSlug, claim)}`;
}

/**
 * The other public paths, in one place so pages, feeds and embeds link alike.
 * Everything public lives under /fact-checks/<workspace>/ except the site-wide
 * sitemap and the oEmbed endpoint.
 */
export const publicPaths = {
  /** the workspace's index of published fact-checks */
  index: (workspaceSlug: string) => `/fact-checks/${encodeURIComponent(workspaceSlug)}`,
  /** the preserved copy of a cited source (lib/sources) */
  sourceCopy: (workspaceSlug: string, snapshotId: string) =>
    `/fact-checks/${encodeURIComponent(workspaceSlug)}/sources/${snapshotId}`,
  /** Atom and JSON Feed of published fact-checks, and of corrections */
  feed: (workspaceSlug: string, kind: "fact-checks" | "corrections", format: "atom" | "json") =>
    `/fact-checks/${encodeURIComponent(workspaceSlug)}/feeds/${kind}.${format === "atom" ? "atom" : "json"}`,
  /** the embeddable claim card (an iframe's src) */
  embed: (workspaceSlug: string, claimId: string) =>
    `/embed/fact-checks/${encodeURIComponent(workspaceSlug)}/${claimId}`,
  /** oEmbed discovery: the endpoint with the page's url */
  oembed: (pageUrl: string, format: "json" | "xml" = "json") =>
    `/api/oembed?url=${encodeURIComponent(pageUrl)}&format=${format}`,
  sitemap: () => "/sitemap.xml",
} as const;
