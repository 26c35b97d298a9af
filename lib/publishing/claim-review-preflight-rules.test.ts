import { describe, expect, it } from "vitest";
import type { ClaimReviewJsonLd } from "@/lib/exports/claim-review";
import { preflightFindings } from "./claim-review-preflight-rules";

const complete: ClaimReviewJsonLd = {
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: "https://checks.example.org/fact-checks/desk/at-least-12-killed-cabc123def456ghi789jkl0",
  claimReviewed: "At least 12 people were killed",
  author: { "@type": "Organization", name: "Newsroom" },
  datePublished: "2026-11-04T10:00:00.000Z",
  dateModified: "2026-11-04T10:00:00.000Z",
  reviewRating: {
    "@type": "Rating",
    alternateName: "Accurate",
    name: "Accurate",
    ratingValue: 5,
    bestRating: 5,
    worstRating: 1,
  },
  itemReviewed: {
    "@type": "Claim",
    author: { "@type": "Person", name: "Officials" },
    datePublished: "2026-11-03",
    appearance: [{ "@type": "CreativeWork", url: "https://news.example.test/a", name: "A" }],
    firstAppearance: { "@type": "CreativeWork", url: "https://news.example.test/a", name: "A" },
  },
};

describe("ClaimReview preflight rules", () => {
  it("finds nothing in a complete ClaimReview", () => {
    expect(preflightFindings(complete)).toEqual({ errors: [], warnings: [] });
  });

  it("warns of a claimReviewed over 75 characters (counted in characters, not UTF-16 units) and offers the short form", () => {
    const long = { ...complete, claimReviewed: "x".repeat(76) };
    expect(preflightFindings(long).warnings).toEqual([
      { code: "CLAIM_REVIEWED_TOO_LONG", path: "claimReviewed", field: "shortStatement" },
    ]);
    expect(preflightFindings({ ...complete, claimReviewed: "😀".repeat(75) }).warnings).toEqual([]);
  });

  it("names a missing claimant, claim date, appearance and first appearance once each, with the field that fixes it", () => {
    const bare = { ...complete, itemReviewed: { "@type": "Claim" as const } };
    expect(preflightFindings(bare).warnings).toEqual([
      { code: "NO_CLAIMANT", path: "itemReviewed.author", field: "claimant" },
      { code: "NO_CLAIM_DATE", path: "itemReviewed.datePublished", field: "claimDate" },
      { code: "NO_APPEARANCE_URL", path: "itemReviewed.appearance", field: "firstAppearanceUrl" },
      { code: "NO_FIRST_APPEARANCE", path: "itemReviewed.firstAppearance", field: "firstAppearanceUrl" },
    ]);
    expect(preflightFindings(bare).errors).toEqual([]);
  });

  it("reports what makes the markup invalid as errors", () => {
    const broken = { ...complete, claimReviewed: " ", url: "not a url" };
    expect(preflightFindings(broken).errors.map((e) => [e.code, e.path, e.field])).toEqual(
      expect.arrayContaining([
        ["MISSING_REQUIRED", "claimReviewed", "shortStatement"],
        ["MISSING_REQUIRED", "url", null],
      ]),
    );
  });

  it("lists other recommended gaps as they are", () => {
    const { datePublished: _unused, ...undated } = complete;
    expect(preflightFindings(undated as ClaimReviewJsonLd).warnings).toEqual([
      { code: "MISSING_RECOMMENDED", path: "datePublished", field: null },
    ]);
  });
});
