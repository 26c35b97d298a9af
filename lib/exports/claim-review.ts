/**
 * schema.org ClaimReview JSON-LD: one ClaimReview per approved verdict.
 * Pure: lib/reports loads and authorizes the data, this only shapes it.
 *
 * Integrity information (entry.relations, appearance.difference) is left out
 * of the markup, on purpose:
 * - Relations: schema.org's Claim says it "does not define any types of
 *   relationship between claims". sameAs would assert the two are the same
 *   claim (false for a misquote, a contradiction or an update), and
 *   associatedClaimReview pairs a ClaimReview with a MediaReview; the other
 *   claim may not even have a published review to point to.
 * - Differences: Claim.appearance lists the articles (CreativeWork) without
 *   their wording, so no altered quote is shown under the rating here, and an
 *   article's `description` describes the article, not one passage of it.
 * - reviewBody stays the reviewer-approved summary, word for word: it is the
 *   text fact-check aggregators quote as ours, and generated sentences would
 *   change what was approved.
 * The page at `url` (the claim's section of the report) shows both in words.
 */
import { InvalidInputError } from "@/lib/errors";
import type { ReportAppearance, ReportEntry, ReportMeta } from "@/lib/exports/report-model";
import { findMissingRequired } from "./claim-review-validation";
import { isoDay } from "./report-text";
import { entryFactCheckUrl } from "@/lib/exports/entry-fact-check-url";

export { validateClaimReview, type ClaimReviewValidation } from "./claim-review-validation";

interface NamedAgent {
  "@type": "Person" | "Organization";
  name: string;
  url?: string;
}

export interface CreativeWorkJsonLd {
  "@type": "CreativeWork";
  url: string;
  name: string;
  datePublished?: string;
  /** BCP 47 tag of the article (schema.org inLanguage) */
  inLanguage?: string;
  author?: NamedAgent;
  publisher?: NamedAgent;
}

export interface ClaimReviewJsonLd {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  url: string;
  claimReviewed: string;
  reviewBody?: string;
  author: NamedAgent & { "@type": "Organization" };
  datePublished?: string;
  dateModified: string;
  reviewRating: {
    "@type": "Rating";
    alternateName: string;
    name: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  itemReviewed: {
    "@type": "Claim";
    author?: NamedAgent;
    datePublished?: string;
    appearance?: CreativeWorkJsonLd[];
    firstAppearance?: CreativeWorkJsonLd;
  };
}

/** The ClaimReview of an approved verdict; null for an entry without one (drafts are never marked up). */
export function toClaimReview(meta: ReportMeta, entry: ReportEntry): ClaimReviewJsonLd | null {
  const verdict = entry.verdict;
  if (!verdict?.approved) return null;
  const works = appearanceWorks(entry.appearances);
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    // the claim's own public page when it has one (Google: the page with the full fact check), else its section of the report
    url: entryFactCheckUrl(meta, entry) ?? `${meta.url}#${entry.claim.anchor}`,
    claimReviewed: entry.claim.shortStatement?.trim() || entry.claim.statement,
    ...(verdict.summary.trim() ? { reviewBody: verdict.summary } : {}),
    author: {
      "@type": "Organization",
      name: meta.organisation.name,
      ...(meta.organisation.url ? { url: meta.organisation.url } : {}),
    },
    ...(verdict.firstApprovedAt ? { datePublished: verdict.firstApprovedAt.toISOString() } : {}),
    dateModified: verdict.modifiedAt.toISOString(),
    reviewRating: {
      "@type": "Rating",
      alternateName: verdict.ratingLabel,
      name: verdict.ratingLabel,
      // a level outside the truth scale (e.g. unverifiable) has no place on the numbers
      ...(verdict.ratingOrdinal === null
        ? {}
        : {
            ratingValue: verdict.ratingOrdinal,
            bestRating: meta.ratingScale.bestRating,
            worstRating: meta.ratingScale.worstRating,
          }),
    },
    itemReviewed: {
      "@type": "Claim",
      // The claimant is free text: we cannot tell a person from an organisation,
      // and Person is what most fact checks review. Google accepts either.
      ...(entry.claim.claimant?.trim() ? { author: { "@type": "Person", name: entry.claim.claimant.trim() } } : {}),
      // the claim date is a calendar day: no invented time of day
      ...(entry.claim.claimDate ? { datePublished: isoDay(entry.claim.claimDate) } : {}),
      ...(works.length > 0 ? { appearance: works } : {}),
      ...firstAppearance(entry.claim.firstAppearanceUrl, works),
    },
  };
}

/** The first appearance the newsroom named (not one of its articles), else the oldest article with a URL. */
function firstAppearance(
  namedUrl: string | null | undefined,
  works: CreativeWorkJsonLd[],
): { firstAppearance?: CreativeWorkJsonLd } {
  const named = namedUrl?.trim();
  if (named)
    return {
      firstAppearance: works.find((w) => w.url === named) ?? { "@type": "CreativeWork", url: named, name: named },
    };
  return works[0] ? { firstAppearance: works[0] } : {};
}

/** Appearances with a public URL, oldest first, one per URL (an article in two versions is one work). */
function appearanceWorks(appearances: ReportAppearance[]): CreativeWorkJsonLd[] {
  const seen = new Set<string>();
  const works: CreativeWorkJsonLd[] = [];
  for (const a of appearances) {
    if (!a.articleUrl || seen.has(a.articleUrl)) continue;
    seen.add(a.articleUrl);
    works.push({
      "@type": "CreativeWork",
      url: a.articleUrl,
      name: a.articleTitle,
      // the article's published day is a calendar day (stored as UTC midnight): no invented time of day
      ...(a.articlePublishedAt ? { datePublished: isoDay(a.articlePublishedAt) } : {}),
      ...(a.articleLanguage ? { inLanguage: a.articleLanguage } : {}),
      ...(a.articleAuthor ? { author: { "@type": "Person", name: a.articleAuthor } } : {}),
      ...(a.outlet ? { publisher: { "@type": "Organization", name: a.outlet } } : {}),
    });
  }
  return works;
}

/**
 * What stops this entry's ClaimReview from being valid, phrased for the person
 * who can fix it: `Claim “Unemployment fell…”: missing reviewRating.alternateName`.
 * Empty for a valid ClaimReview and for entries that get none (not approved).
 */
export function findClaimReviewProblems(meta: ReportMeta, entry: ReportEntry): string[] {
  const doc = toClaimReview(meta, entry);
  if (!doc) return [];
  return describeMissing(entry, findMissingRequired(doc));
}

function describeMissing(entry: ReportEntry, paths: string[]): string[] {
  const name = shorten(entry.claim.statement.trim() || entry.claim.id, 60);
  return paths.map((path) => `Claim “${name}”: missing ${path}`);
}

/**
 * A JSON array of ClaimReview objects (each with its @context, as Google reads
 * them), yielded one entry at a time so a whole workspace never sits in memory.
 * An invalid entry throws rather than ship bad markup, unless `onProblems` is
 * given: then its problems go there and the entry is left out, so one pass can
 * both list every problem and write the file (the caller refuses the file).
 */
export async function* streamClaimReviews(
  meta: ReportMeta,
  entries: AsyncIterable<ReportEntry>,
  options: { onProblems?(problems: string[]): void } = {},
): AsyncGenerator<string> {
  yield "[";
  let first = true;
  for await (const entry of entries) {
    const doc = toClaimReview(meta, entry);
    if (!doc) continue;
    const missingRequired = findMissingRequired(doc);
    if (missingRequired.length > 0) {
      const problems = describeMissing(entry, missingRequired);
      if (!options.onProblems)
        throw new InvalidInputError("This report cannot be exported as ClaimReview.", { claimReview: problems });
      options.onProblems(problems);
      continue;
    }
    yield `${first ? "\n" : ",\n"}${scriptSafeJson(doc)}`;
    first = false;
  }
  yield first ? "]\n" : "\n]\n";
}

/**
 * JSON with "<" escaped as \u003c: the same value, and safe to paste into a
 * <script type="application/ld+json"> block (no "</script>" can close it early).
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, "\\u003c");
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
