import { describe, expect, it } from "vitest";
import { factCheckMetadata, previewText } from "./fact-check-metadata";

const ID = "cabc123def456ghi789jkl0";

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
