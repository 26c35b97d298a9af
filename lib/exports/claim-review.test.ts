import { describe, expect, it } from "vitest";
import { InvalidInputError } from "@/lib/errors";
import type { ReportAppearance } from "@/lib/exports/report-model";
import { findClaimReviewProblems, streamClaimReviews, toClaimReview, validateClaimReview } from "./claim-review";
import {
  collect,
  fromArray,
  makeRelation,
  makeReportEntry,
  makeReportMeta,
  makeVerdict,
} from "@/test/support/export-entries";

describe("toClaimReview", () => {
  it("maps an approved verdict to a complete ClaimReview", () => {
    const meta = makeReportMeta();
    const entry = makeReportEntry({
      claim: { anchor: "claim-floods", statement: "40 died", claimant: "Jane Minister" },
    });
    const doc = toClaimReview(meta, entry)!;

    expect(doc).toMatchObject({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      url: "https://factdesk.example/r/Tok3nAbc#claim-floods",
      claimReviewed: "40 died",
      author: { "@type": "Organization", name: "Demo Newsroom", url: "https://newsroom.example" },
      datePublished: "2026-11-18T12:00:00.000Z",
      dateModified: "2026-11-19T08:30:00.000Z",
      reviewRating: { "@type": "Rating", alternateName: "Mostly false", ratingValue: 2, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        "@type": "Claim",
        author: { "@type": "Person", name: "Jane Minister" },
        datePublished: "2026-11-02",
      },
    });
    expect(doc.itemReviewed.appearance?.map((w) => w.url)).toEqual(entry.appearances.map((a) => a.articleUrl));
    expect(doc.itemReviewed.firstAppearance?.url).toBe(entry.appearances[0]!.articleUrl);
    // each article's language, where known, as schema.org inLanguage
    expect(doc.itemReviewed.appearance?.map((w) => w.inLanguage)).toEqual(["en", undefined]);
    // an article's published day is a calendar day: YYYY-MM-DD, no invented time of day (regression: was a full UTC instant)
    expect(doc.itemReviewed.appearance?.map((w) => w.datePublished)).toEqual(["2026-11-03", "2026-11-05"]);
    expect(validateClaimReview(doc)).toEqual({ valid: true, missingRequired: [], missingRecommended: [] });
  });

  it("gives no ClaimReview for a draft or a claim without verdict", () => {
    const meta = makeReportMeta({ internal: true });
    expect(
      toClaimReview(meta, makeReportEntry({ verdict: makeVerdict({ status: "SUBMITTED", approved: false }) })),
    ).toBeNull();
    expect(toClaimReview(meta, makeReportEntry({ verdict: null }))).toBeNull();
  });

  it("gives a level outside the truth scale its label only", () => {
    const entry = makeReportEntry({
      verdict: makeVerdict({ ratingKey: "UNVERIFIABLE", ratingLabel: "Unverifiable", ratingOrdinal: null }),
    });
    const doc = toClaimReview(makeReportMeta(), entry)!;
    expect(doc.reviewRating).toEqual({ "@type": "Rating", alternateName: "Unverifiable", name: "Unverifiable" });
    const result = validateClaimReview(doc);
    expect(result.valid).toBe(true);
    expect(result.missingRecommended).toEqual([
      "reviewRating.ratingValue",
      "reviewRating.bestRating",
      "reviewRating.worstRating",
    ]);
  });

  it("lists appearances with a URL once each; the first appearance is the oldest with a URL", () => {
    const base = makeReportEntry();
    const [a, b] = base.appearances as [ReportAppearance, ReportAppearance];
    const entry = makeReportEntry({
      appearances: [{ ...a, articleUrl: null }, b, { ...b, articleId: "other-version" }],
    });
    const doc = toClaimReview(makeReportMeta(), entry)!;
    expect(doc.itemReviewed.appearance?.map((w) => w.url)).toEqual([b.articleUrl]);
    expect(doc.itemReviewed.firstAppearance?.url).toBe(b.articleUrl);
  });

  it("leaves relations and appearance differences out of the markup: reviewBody is the approved summary, word for word", () => {
    const entry = makeReportEntry({
      relations: [
        makeRelation({
          kind: "UPDATES",
          direction: "incoming",
          other: { statement: "19 people were killed", anchor: "claim-later" },
        }),
      ],
    });
    expect(entry.appearances[1]!.difference).toMatch(/^Altered quote/);
    const doc = toClaimReview(makeReportMeta(), entry)!;
    expect(doc.reviewBody).toBe("Official figures show 12 deaths, not 40.");
    expect(JSON.stringify(doc)).not.toMatch(/19 people were killed|Superseded|Altered quote|editor's note/);
    expect(validateClaimReview(doc).valid).toBe(true);
  });
});

describe("validateClaimReview", () => {
  const validDoc = () => JSON.parse(JSON.stringify(toClaimReview(makeReportMeta(), makeReportEntry())));

  it.each([
    "@context",
    "@type",
    "claimReviewed",
    "url",
    "reviewRating",
    "reviewRating.@type",
    "reviewRating.alternateName",
  ])("refuses a ClaimReview without %s", (path) => {
    const doc = validDoc();
    const keys = path.split(".");
    const parent = keys.slice(0, -1).reduce((obj, key) => obj[key], doc);
    delete parent[keys.at(-1)!];
    const result = validateClaimReview(doc);
    expect(result.valid).toBe(false);
    expect(result.missingRequired).toEqual([path]);
  });

  it("counts malformed required values as missing", () => {
    const result = validateClaimReview({ ...validDoc(), url: "javascript:alert(1)", claimReviewed: "   " });
    expect(result.valid).toBe(false);
    expect(result.missingRequired.sort()).toEqual(["claimReviewed", "url"]);
  });

  it("reports missing recommended fields with dotted paths without refusing", () => {
    const doc = validDoc();
    delete doc.itemReviewed.author;
    delete doc.datePublished;
    doc.itemReviewed.firstAppearance = { url: "not a url" };
    const result = validateClaimReview(doc);
    expect(result.valid).toBe(true);
    expect(result.missingRecommended.sort()).toEqual([
      "datePublished",
      "itemReviewed.author",
      "itemReviewed.firstAppearance.url",
    ]);
  });

  it("flags a rating value outside the scale", () => {
    const doc = validDoc();
    doc.reviewRating.ratingValue = 9;
    expect(validateClaimReview(doc).missingRecommended).toEqual(["reviewRating.ratingValue"]);
  });

  it("does not repeat recommended children of a missing required object", () => {
    const doc = validDoc();
    delete doc.reviewRating;
    const result = validateClaimReview(doc);
    expect(result.missingRequired).toEqual(["reviewRating"]);
    expect(result.missingRecommended).toEqual([]);
  });

  it("refuses something that is not an object", () => {
    expect(validateClaimReview(null)).toEqual({
      valid: false,
      missingRequired: ["(document)"],
      missingRecommended: [],
    });
    expect(validateClaimReview([]).valid).toBe(false);
  });
});

describe("findClaimReviewProblems", () => {
  it("names the claim and the missing field so a user can act", () => {
    const entry = makeReportEntry({
      claim: { statement: "Unemployment fell by half" },
      verdict: makeVerdict({ ratingLabel: "" }),
    });
    expect(findClaimReviewProblems(makeReportMeta(), entry)).toEqual([
      "Claim “Unemployment fell by half”: missing reviewRating.alternateName",
    ]);
  });

  it("finds nothing for a valid entry or one that gets no ClaimReview", () => {
    expect(findClaimReviewProblems(makeReportMeta(), makeReportEntry())).toEqual([]);
    expect(findClaimReviewProblems(makeReportMeta(), makeReportEntry({ verdict: null }))).toEqual([]);
  });

  it("reports a report URL that is not absolute", () => {
    const problems = findClaimReviewProblems(
      makeReportMeta({ url: "/r/token" }),
      makeReportEntry({ claim: { statement: "x".repeat(100) } }),
    );
    expect(problems).toEqual([`Claim “${"x".repeat(59)}…”: missing url`]);
  });
});

describe("streamClaimReviews", () => {
  it("writes a JSON array of valid ClaimReviews, approved verdicts only", async () => {
    const meta = makeReportMeta({ internal: true });
    const entries = [
      makeReportEntry(),
      makeReportEntry({ verdict: makeVerdict({ approved: false, status: "DRAFT" }) }),
      makeReportEntry({ verdict: null }),
      makeReportEntry(),
    ];
    const docs = JSON.parse(await collect(streamClaimReviews(meta, fromArray(entries))));
    expect(docs).toHaveLength(2);
    expect(docs.map((d: { url: string }) => d.url)).toEqual([
      `${meta.url}#${entries[0]!.claim.anchor}`,
      `${meta.url}#${entries[3]!.claim.anchor}`,
    ]);
    for (const doc of docs) expect(validateClaimReview(doc).valid).toBe(true);
  });

  it("writes an empty array when nothing is approved", async () => {
    expect(JSON.parse(await collect(streamClaimReviews(makeReportMeta(), fromArray([]))))).toEqual([]);
  });

  it("escapes < so the JSON can sit in a script tag", async () => {
    const entry = makeReportEntry({ claim: { statement: "</script><script>alert(1)</script>" } });
    const json = await collect(streamClaimReviews(makeReportMeta(), fromArray([entry])));
    expect(json).not.toContain("</script>");
    expect(JSON.parse(json)[0].claimReviewed).toBe("</script><script>alert(1)</script>");
  });

  it("throws instead of writing an invalid ClaimReview", async () => {
    const entry = makeReportEntry({ verdict: makeVerdict({ ratingLabel: " " }) });
    await expect(collect(streamClaimReviews(makeReportMeta(), fromArray([entry])))).rejects.toBeInstanceOf(
      InvalidInputError,
    );
  });
});
