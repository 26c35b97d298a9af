/**
 * What a ClaimReview must and should carry, as a schema in code.
 *
 * Source: Google's "Fact check (ClaimReview) structured data" guide (Google is
 * phasing the rich result out of Search, but its Fact Check Explorer still
 * reads this markup) and schema.org/ClaimReview:
 * - required: claimReviewed, reviewRating with alternateName (the textual
 *   rating, the only one shown), url (the page with the full fact check);
 * - recommended: author (the fact-checking Organization), datePublished,
 *   itemReviewed (a Claim with author, datePublished, appearance,
 *   firstAppearance), and on the Rating: ratingValue, bestRating, worstRating, name.
 * JSON-LD needs @context https://schema.org and the @types, so those are
 * required here too. A field that is present but malformed (an invalid URL,
 * an impossible date) counts as missing: a consumer would drop it all the same.
 */
import { z } from "zod";
import { isRealIsoDate } from "@/lib/validation/date-field";
import { formatPath } from "./json-path";

export interface ClaimReviewValidation {
  valid: boolean;
  /** dotted paths, e.g. "reviewRating.alternateName"; any of these makes the document invalid */
  missingRequired: string[];
  /** dotted paths, e.g. "itemReviewed.author.name"; worth fixing, not blocking */
  missingRecommended: string[];
}

const Text = z.string().trim().min(1);
const HttpUrl = z.url({ protocol: /^https?$/ });
const IsoDate = z.string().refine(isRealIsoDate);
/** Google accepts a URL or a CreativeWork with a url for appearance / firstAppearance. */
const WorkRef = z.union([HttpUrl, z.looseObject({ url: HttpUrl })]);

const RequiredSchema = z.looseObject({
  "@context": z.string().regex(/^https?:\/\/schema\.org\/?$/),
  "@type": z.literal("ClaimReview"),
  claimReviewed: Text,
  url: HttpUrl,
  reviewRating: z.looseObject({ "@type": z.literal("Rating"), alternateName: Text }),
});

const RecommendedSchema = z.looseObject({
  author: z.looseObject({ "@type": z.literal("Organization"), name: Text }),
  datePublished: IsoDate,
  itemReviewed: z.looseObject({
    "@type": z.literal("Claim"),
    author: z.looseObject({ "@type": z.enum(["Person", "Organization"]), name: Text }),
    datePublished: IsoDate,
    appearance: z.union([WorkRef, z.array(WorkRef).min(1)]),
    firstAppearance: WorkRef,
  }),
  reviewRating: z
    .looseObject({ name: Text, ratingValue: z.number(), bestRating: z.number(), worstRating: z.number() })
    .refine((r) => r.worstRating <= r.ratingValue && r.ratingValue <= r.bestRating, {
      path: ["ratingValue"],
      message: "ratingValue lies outside worstRating..bestRating",
    }),
});

export function validateClaimReview(doc: unknown): ClaimReviewValidation {
  const missingRequired = findMissingRequired(doc);
  const recommended = typeof doc === "object" && doc !== null ? issuePaths(RecommendedSchema, doc) : [];
  // "reviewRating" missing is a required problem; don't list its recommended children again
  const missingRecommended = recommended.filter(
    (path) => !missingRequired.some((req) => path === req || path.startsWith(`${req}.`)),
  );
  return { valid: missingRequired.length === 0, missingRequired, missingRecommended };
}

/** Only the blocking half of validateClaimReview: what the export pre-pass and stream check per entry. */
export function findMissingRequired(doc: unknown): string[] {
  return issuePaths(RequiredSchema, doc);
}

function issuePaths(schema: z.ZodType, doc: unknown): string[] {
  const result = schema.safeParse(doc);
  if (result.success) return [];
  const paths = result.error.issues.map((issue) => formatPath(issue.path));
  return [...new Set(paths)];
}
