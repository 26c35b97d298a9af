import { createHash } from "node:crypto";
import type { PublicFactCheckItem, PublicWorkspace } from "@/lib/publishing/find-public-fact-checks";
import { publicPaths } from "@/lib/public-urls/public-address";
import type { TranslatorFor } from "@/lib/i18n/translator";

/**
 * One feed, whatever its format: write-atom.ts and write-json-feed.ts turn it
 * into Atom 1.0 and JSON Feed 1.1. Every address in it is absolute (the
 * public origin); every text is plain text, escaped by the writers.
 */
export interface FeedDocument {
  /** the feed's own address: stable as long as the workspace keeps its slug */
  id: string;
  title: string;
  subtitle: string;
  language: string;
  /** the workspace's public index page */
  homePageUrl: string;
  feedUrl: string;
  /** the same feed in the other format (Atom's rel=alternate) */
  alternate: { url: string; mediaType: string };
  updated: Date;
  author: { name: string; url: string | null };
  entries: FeedEntry[];
}

export interface FeedEntry {
  /** permanent: never changes when the statement's words (and so the page's address) do */
  id: string;
  url: string;
  title: string;
  summary: string;
  content: string;
  published: Date;
  updated: Date;
  /** the rating label, as an Atom category and a JSON Feed tag */
  category: string | null;
  /** JSON Feed extension (`_factdesk`) */
  extension: Record<string, unknown>;
}

export type FeedKind = "fact-checks" | "corrections";
export type FeedFormat = "atom" | "json";

export const FEED_MEDIA_TYPES: Record<FeedFormat, string> = {
  atom: "application/atom+xml",
  json: "application/feed+json",
};
/** entries per feed: readers poll; the index page and the sitemap list the rest */
export const FEED_LENGTH = 50;

type FeedTranslator = TranslatorFor<"publicReport">;

/**
 * The permanent address of a fact-check: the page path with the claim id and
 * no words. The page answers it by redirecting to the current address, so an
 * entry's id stays the same when an editor rewords the statement.
 */
export function permanentFactCheckUrl(origin: string, workspaceSlug: string, claimId: string): string {
  return `${origin}${publicPaths.index(workspaceSlug)}/${claimId}`;
}

/** Pure: a public fact-check as a feed entry. */
export function factCheckEntry(
  origin: string,
  workspaceSlug: string,
  item: PublicFactCheckItem,
  t: FeedTranslator,
): FeedEntry {
  const statement = item.shortStatement || item.statement;
  const rating = item.rating.label;
  return {
    id: permanentFactCheckUrl(origin, workspaceSlug, item.claimId),
    url: item.url,
    title: statement,
    summary: t("feeds.factCheckSummary", { rating, summary: item.summary }),
    content: item.claimant
      ? t("feeds.factCheckContent", {
          statement: item.statement,
          claimant: item.claimant,
          rating,
          summary: item.summary,
        })
      : t("feeds.factCheckContentNoClaimant", { statement: item.statement, rating, summary: item.summary }),
    published: item.approvedAt,
    updated: item.updatedAt,
    category: rating || null,
    extension: { claimId: item.claimId, claimant: item.claimant, rating: item.rating },
  };
}

/** One correction of a public fact-check (notes the same change left on several reports come once). */
export interface PublicCorrection {
  claimId: string;
  statement: string;
  shortStatement: string | null;
  note: string;
  createdAt: Date;
  /** the fact-check page's current address */
  url: string;
}

/** Pure: a correction as a feed entry; its id is the claim's permanent address, the date and the note's hash. */
export function correctionEntry(
  origin: string,
  workspaceSlug: string,
  correction: PublicCorrection,
  t: FeedTranslator,
): FeedEntry {
  const statement = correction.shortStatement || correction.statement;
  const noteHash = createHash("sha256").update(correction.note).digest("hex").slice(0, 12);
  return {
    id: `${permanentFactCheckUrl(origin, workspaceSlug, correction.claimId)}#correction-${correction.createdAt.getTime()}-${noteHash}`,
    url: correction.url,
    title: t("feeds.correctionTitle", { statement }),
    summary: correction.note,
    content: t("feeds.correctionContent", { statement, note: correction.note }),
    published: correction.createdAt,
    updated: correction.createdAt,
    category: null,
    extension: { claimId: correction.claimId },
  };
}

/** Pure: the feed around its entries (`lastChange`: when nothing is listed, the workspace's own last change). */
export function feedDocument(
  origin: string,
  workspace: Pick<PublicWorkspace, "slug" | "organisationName" | "organisationUrl">,
  kind: FeedKind,
  format: FeedFormat,
  entries: FeedEntry[],
  lastChange: Date,
  t: FeedTranslator,
  language: string,
): FeedDocument {
  const organisation = workspace.organisationName;
  const other: FeedFormat = format === "atom" ? "json" : "atom";
  return {
    id: `${origin}${publicPaths.feed(workspace.slug, kind, format)}`,
    title:
      kind === "fact-checks"
        ? t("feeds.factChecksTitle", { organisation })
        : t("feeds.correctionsTitle", { organisation }),
    subtitle:
      kind === "fact-checks"
        ? t("feeds.factChecksSubtitle", { organisation })
        : t("feeds.correctionsSubtitle", { organisation }),
    language,
    homePageUrl: `${origin}${publicPaths.index(workspace.slug)}`,
    feedUrl: `${origin}${publicPaths.feed(workspace.slug, kind, format)}`,
    alternate: { url: `${origin}${publicPaths.feed(workspace.slug, kind, other)}`, mediaType: FEED_MEDIA_TYPES[other] },
    updated: new Date(Math.max(lastChange.getTime(), ...entries.map((e) => e.updated.getTime()))),
    author: { name: organisation, url: workspace.organisationUrl },
    entries,
  };
}
