import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { toClaimReview, validateClaimReview } from "@/lib/exports/claim-review";
import { makeReportEntry, makeReportMeta, makeVerdict } from "@/test/support/export-entries";
import {
  claimIdOfFactCheckSegment,
  factCheckPath,
  factCheckUrl,
  publicAddressProblem,
  publicOrigin,
} from "@/lib/public-urls/public-address";
import { entryFactCheckUrl } from "@/lib/exports/entry-fact-check-url";
import { factCheckMetadata, previewText } from "./fact-check-metadata";

const ID = "cabc123def456ghi789jkl0";
const env = (vars: Record<string, string>) => parseEnv({ DATABASE_URL: "postgresql://x@127.0.0.1/db", ...vars });

describe("fact-check addresses", () => {
  it("reads words then the claim id; other scripts are percent-encoded; the id alone identifies", () => {
    expect(factCheckPath("desk", { id: ID, statement: "At least 12 dead in Kyiv!" })).toBe(
      `/fact-checks/desk/at-least-12-dead-in-kyiv-${ID}`,
    );
    expect(factCheckPath("desk", { id: ID, statement: "Long statement", shortStatement: "Short one" })).toBe(
      `/fact-checks/desk/short-one-${ID}`,
    );
    const cyrillic = factCheckPath("desk", { id: ID, statement: "Загинули 12 людей" });
    expect(cyrillic).toMatch(/^\/fact-checks\/desk\/[A-Za-z0-9%-]+$/);
    expect(decodeURIComponent(cyrillic)).toBe(`/fact-checks/desk/загинули-12-людеи-${ID}`);
    expect(factCheckPath("desk", { id: ID, statement: "!!!" })).toBe(`/fact-checks/desk/${ID}`);
    expect(claimIdOfFactCheckSegment(`anything-at-all-${ID}`)).toBe(ID);
    expect(claimIdOfFactCheckSegment("no-id-here")).toBeNull();
  });

  it("public addresses use PUBLIC_BASE_URL, else NEXTAUTH_URL; publishing waits for a non-local one outside the demo", () => {
    expect(
      publicOrigin(
        env({ PUBLIC_BASE_URL: "https://checks.example.org/some/path", NEXTAUTH_URL: "https://app.example.org" }),
      ),
    ).toBe("https://checks.example.org");
    expect(publicOrigin(env({ NEXTAUTH_URL: "https://app.example.org" }))).toBe("https://app.example.org");
    expect(
      factCheckUrl("desk", { id: ID, statement: "x y" }, env({ PUBLIC_BASE_URL: "https://checks.example.org" })),
    ).toBe(`https://checks.example.org/fact-checks/desk/x-y-${ID}`);
    expect(publicAddressProblem(env({}))).toMatch(/PUBLIC_BASE_URL/);
    expect(publicAddressProblem(env({ PUBLIC_BASE_URL: "http://127.0.0.1:3000" }))).toMatch(/PUBLIC_BASE_URL/);
    expect(publicAddressProblem(env({ PUBLIC_BASE_URL: "http://localhost:3000", FACTDESK_DEMO: "1" }))).toBeNull();
    expect(publicAddressProblem(env({ PUBLIC_BASE_URL: "https://checks.example.org" }))).toBeNull();
  });

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

describe("fact-check page metadata", () => {
  const page = {
    url: `https://checks.example.org/fact-checks/desk/x-${ID}`,
    workspace: {
      id: "w",
      slug: "desk",
      name: "Desk",
      organisationName: "Newsroom",
      organisationUrl: null,
      methodologyUrl: null,
      showCheckerNames: false,
    },
    verdict: {
      ratingKey: "FALSE_CLAIM",
      ratingLabel: "False",
      ratingOrdinal: 1,
      summary: "word ".repeat(80),
      firstApprovedAt: new Date("2026-11-04T10:00:00Z"),
      modifiedAt: new Date("2026-11-05T10:00:00Z"),
    },
  };

  it("has the canonical address, Open Graph article and Twitter summary card, oEmbed and feed discovery, all absolute", () => {
    const meta = factCheckMetadata(
      page,
      { title: "False: x", feedTitle: "Fact-checks by Newsroom" },
      "https://checks.example.org",
    );
    expect(meta.alternates?.canonical).toBe(page.url);
    expect(meta.openGraph).toMatchObject({
      type: "article",
      url: page.url,
      title: "False: x",
      siteName: "Newsroom",
      publishedTime: "2026-11-04T10:00:00.000Z",
    });
    expect(meta.twitter).toMatchObject({ card: "summary", title: "False: x" });
    expect(meta.alternates?.types?.["application/json+oembed"]).toBe(
      `https://checks.example.org/api/oembed?url=${encodeURIComponent(page.url)}&format=json`,
    );
    expect(meta.alternates?.types?.["application/atom+xml"]).toEqual([
      { url: "https://checks.example.org/fact-checks/desk/feeds/fact-checks.atom", title: "Fact-checks by Newsroom" },
    ]);
  });

  it("describes with whole words, at most 200 characters", () => {
    const text = previewText(page.verdict.summary);
    expect(text.length).toBeLessThanOrEqual(200);
    expect(text).toMatch(/word…$/);
    expect(previewText("  short\n text ")).toBe("short text");
  });
});
