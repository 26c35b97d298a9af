import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import {
  EMBED_HEIGHT,
  EMBED_WIDTH,
  embedSize,
  escapeHtmlAttribute,
  factCheckOfUrl,
  oembedAnswer,
  parseMaxSize,
  writeOembedXml,
} from "@/lib/embeds/oembed";
import { shortSummary } from "@/lib/embeds/short-summary";
import { factCheckUrl } from "@/lib/public-urls/public-address";
import { InvalidInputError } from "@/lib/errors";

const ORIGIN = "https://checks.example.test";
const CLAIM_ID = "clx0000000000000000000001";

describe("factCheckOfUrl", () => {
  it("reads the workspace and claim id of a fact-check page, with or without its words", () => {
    const env = { PUBLIC_BASE_URL: ORIGIN } as Parameters<typeof factCheckUrl>[2];
    const page = factCheckUrl("kyiv-desk", { id: CLAIM_ID, statement: "Київ: at least 12 hurt" }, env);
    expect(factCheckOfUrl(page, ORIGIN)).toEqual({ workspaceSlug: "kyiv-desk", claimId: CLAIM_ID });
    expect(factCheckOfUrl(`${ORIGIN}/fact-checks/kyiv-desk/${CLAIM_ID}`, ORIGIN)).toEqual({
      workspaceSlug: "kyiv-desk",
      claimId: CLAIM_ID,
    });
    expect(factCheckOfUrl(`${ORIGIN}/fact-checks/kyiv-desk/old-words-${CLAIM_ID}/?utm=x#top`, ORIGIN)).toEqual({
      workspaceSlug: "kyiv-desk",
      claimId: CLAIM_ID,
    });
  });

  it.each([
    ["another origin", `https://evil.example.test/fact-checks/kyiv-desk/${CLAIM_ID}`],
    ["another scheme", `http://checks.example.test/fact-checks/kyiv-desk/${CLAIM_ID}`],
    ["another port", `https://checks.example.test:8443/fact-checks/kyiv-desk/${CLAIM_ID}`],
    ["the workspace index", `${ORIGIN}/fact-checks/kyiv-desk`],
    ["a feed", `${ORIGIN}/fact-checks/kyiv-desk/feeds/fact-checks.atom`],
    ["a source copy", `${ORIGIN}/fact-checks/kyiv-desk/sources/${CLAIM_ID}`],
    ["a private page", `${ORIGIN}/w/kyiv-desk/claims/${CLAIM_ID}`],
    ["no claim id", `${ORIGIN}/fact-checks/kyiv-desk/at-least-12-hurt`],
    ["not a URL", "fact-checks/kyiv-desk"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a bad escape", `${ORIGIN}/fact-checks/%E0%A4%A/${CLAIM_ID}`],
  ])("is null for %s", (_why, url) => {
    expect(factCheckOfUrl(url, ORIGIN)).toBeNull();
  });
});

describe("sizes", () => {
  it("gives the natural size without limits and never more than maxwidth / maxheight", () => {
    expect(embedSize({ maxwidth: null, maxheight: null })).toEqual({ width: EMBED_WIDTH, height: EMBED_HEIGHT });
    expect(embedSize({ maxwidth: 300, maxheight: null })).toEqual({ width: 300, height: EMBED_HEIGHT });
    expect(embedSize({ maxwidth: 2000, maxheight: 100 })).toEqual({ width: EMBED_WIDTH, height: 100 });
  });

  it("reads maxwidth / maxheight as positive whole numbers; anything else is a 400", () => {
    expect(parseMaxSize(null, "maxwidth")).toBeNull();
    expect(parseMaxSize("", "maxwidth")).toBeNull();
    expect(parseMaxSize("320", "maxwidth")).toBe(320);
    for (const bad of ["0", "-5", "1.5", "abc", "1e3", "9999999"])
      expect(() => parseMaxSize(bad, "maxheight"), bad).toThrow(InvalidInputError);
  });
});

describe("the oEmbed answer", () => {
  const answer = oembedAnswer({
    title: 'He said "12" <hurt>',
    iframeTitle: 'Fact-check: He said "12" <hurt>',
    organisation: { name: "Kyiv & Co", url: "https://desk.example.test" },
    embedUrl: `${ORIGIN}/embed/fact-checks/kyiv-desk/${CLAIM_ID}`,
    origin: ORIGIN,
    size: { width: 400, height: 200 },
  });

  it("is a rich 1.0 answer whose html is one iframe of the card at the given size, every attribute escaped", () => {
    expect(answer).toMatchObject({
      type: "rich",
      version: "1.0",
      width: 400,
      height: 200,
      author_name: "Kyiv & Co",
      author_url: "https://desk.example.test",
      provider_url: `${ORIGIN}/`,
      cache_age: 3600,
    });
    const body = new JSDOM(answer.html).window.document.body;
    expect(body.children).toHaveLength(1);
    const iframe = body.querySelector("iframe")!;
    expect(iframe.getAttribute("src")).toBe(`${ORIGIN}/embed/fact-checks/kyiv-desk/${CLAIM_ID}`);
    expect(iframe.getAttribute("width")).toBe("400");
    expect(iframe.getAttribute("height")).toBe("200");
    expect(iframe.getAttribute("title")).toBe('Fact-check: He said "12" <hurt>');
  });

  it("has an XML form with the same fields", () => {
    const xml = writeOembedXml(answer);
    const document = new JSDOM(xml, { contentType: "text/xml" }).window.document;
    expect(document.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(document.documentElement.tagName).toBe("oembed");
    expect(document.querySelector("html")!.textContent).toBe(answer.html);
    expect(document.querySelector("title")!.textContent).toBe('He said "12" <hurt>');
    expect(document.querySelector("width")!.textContent).toBe("400");
  });

  it("escapes the five markup characters of an attribute", () => {
    expect(escapeHtmlAttribute(`"'<&>`)).toBe("&quot;&#39;&lt;&amp;&gt;");
  });
});

describe("shortSummary", () => {
  it("keeps a short summary, cuts a long one at a word with an ellipsis", () => {
    expect(shortSummary("  Two   hospitals confirm.  ")).toBe("Two hospitals confirm.");
    const long = "word ".repeat(100);
    const cut = shortSummary(long, 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut).toMatch(/word…$/);
  });
});
