import { describe, expect, it } from "vitest";
import { toClaimReview, validateClaimReview } from "@/lib/exports/claim-review";
import { makeReportEntry, makeReportMeta, makeVerdict } from "@/test/support/export-entries";
import { entryFactCheckUrl } from "./entry-fact-check-url";

describe("fact-check addresses in exports", () => {
  it("a published report's entries link their fact-check pages; previews and internal output do not", () => {
    const entry = makeReportEntry({ verdict: makeVerdict({ approved: true }) });
    expect(entryFactCheckUrl({ factCheckSlug: "desk" }, entry)).toMatch(
      new RegExp(`/fact-checks/desk/.+-${entry.claim.id}$`),
    );
    expect(entryFactCheckUrl({ factCheckSlug: null }, entry)).toBeNull();
    expect(entryFactCheckUrl({}, entry)).toBeNull();
    expect(
      entryFactCheckUrl({ factCheckSlug: "desk" }, makeReportEntry({ verdict: makeVerdict({ approved: false }) })),
    ).toBeNull();
  });

  it("ClaimReview: url is the fact-check page when published, claimReviewed the short form, firstAppearance the named address", () => {
    const entry = makeReportEntry({
      verdict: makeVerdict({ approved: true }),
      claim: { shortStatement: "Short form", firstAppearanceUrl: "https://social.example.test/post/1" },
    });
    const published = toClaimReview(makeReportMeta({ factCheckSlug: "desk" }), entry)!;
    expect(published.url).toBe(entryFactCheckUrl({ factCheckSlug: "desk" }, entry));
    expect(published.claimReviewed).toBe("Short form");
    expect(published.itemReviewed.firstAppearance).toMatchObject({ url: "https://social.example.test/post/1" });
    expect(validateClaimReview(published).missingRequired).toEqual([]);
    const preview = toClaimReview(makeReportMeta(), {
      ...entry,
      claim: { ...entry.claim, shortStatement: null, firstAppearanceUrl: null },
    })!;
    expect(preview.url).toBe(`https://factdesk.example/r/Tok3nAbc#${entry.claim.anchor}`);
    expect(preview.claimReviewed).toBe(entry.claim.statement);
  });
});
