import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { correctionEntry, factCheckEntry, feedDocument, permanentFactCheckUrl } from "@/lib/feeds/feed-document";
import { parseFeedFileName } from "@/lib/feeds/feed-file-name";
import { writeAtom } from "@/lib/feeds/write-atom";
import { writeJsonFeed } from "@/lib/feeds/write-json-feed";
import { xmlText } from "@/lib/feeds/xml-text";
import { translatorFor } from "@/lib/i18n/translator";
import type { PublicFactCheckItem } from "@/lib/publishing/find-public-fact-checks";

const ORIGIN = "https://checks.example.test";
const CLAIM_ID = "clx0000000000000000000001";
const t = translatorFor("en", "publicReport");
const workspace = {
  slug: "kyiv-desk",
  organisationName: "Kyiv <Desk> & Co",
  organisationUrl: "https://desk.example.test/?a=1&b=2",
};

const item = (overrides: Partial<PublicFactCheckItem> = {}): PublicFactCheckItem => ({
  claimId: CLAIM_ID,
  statement: 'Officials said "at least 12" <b>people</b> were hurt & more &nbsp; &amp; &#38; ]]>',
  shortStatement: null,
  claimant: "The mayor",
  rating: { label: "Mostly false", value: 2, best: 5, worst: 1 },
  summary: "The hospital counts 9.\u0000 Not 12.",
  approvedAt: new Date("2026-11-03T10:00:00Z"),
  updatedAt: new Date("2026-11-05T12:30:00Z"),
  url: `${ORIGIN}/fact-checks/kyiv-desk/officials-said-${CLAIM_ID}`,
  ...overrides,
});

/** A strict XML parser: anything not well-formed is a parsererror document. */
function parseXml(xml: string): Document {
  const document = new JSDOM(xml, { contentType: "application/xml" }).window.document;
  expect(document.getElementsByTagName("parsererror")).toHaveLength(0);
  return document;
}

describe("feed entries", () => {
  it("maps a public fact-check: the permanent id without words, the page link, rating and summary", () => {
    const entry = factCheckEntry(ORIGIN, "kyiv-desk", item(), t);
    expect(entry.id).toBe(`${ORIGIN}/fact-checks/kyiv-desk/${CLAIM_ID}`);
    expect(entry.url).toBe(item().url);
    expect(entry.title).toBe(item().statement);
    expect(entry.summary).toBe("Rating: Mostly false. The hospital counts 9.\u0000 Not 12.");
    expect(entry.content).toContain("Claimed by: The mayor");
    expect(entry.category).toBe("Mostly false");
    expect(entry.published).toEqual(item().approvedAt);
    expect(entry.updated).toEqual(item().updatedAt);
    expect(entry.extension).toEqual({
      claimId: CLAIM_ID,
      claimant: "The mayor",
      rating: { label: "Mostly false", value: 2, best: 5, worst: 1 },
    });
  });

  it("keeps the id when the statement is reworded, and titles with the short form when there is one", () => {
    const reworded = factCheckEntry(
      ORIGIN,
      "kyiv-desk",
      item({
        statement: "Another wording",
        shortStatement: "Short form",
        url: `${ORIGIN}/fact-checks/kyiv-desk/short-form-${CLAIM_ID}`,
      }),
      t,
    );
    expect(reworded.id).toBe(factCheckEntry(ORIGIN, "kyiv-desk", item(), t).id);
    expect(reworded.title).toBe("Short form");
    expect(factCheckEntry(ORIGIN, "kyiv-desk", item({ claimant: null }), t).content).not.toContain("Claimed by");
  });

  it("maps a correction: dated, its note, a link to the page, an id per claim, date and note", () => {
    const correction = {
      claimId: CLAIM_ID,
      statement: "Twelve hurt",
      shortStatement: null,
      note: "The count is 9.",
      createdAt: new Date("2026-11-06T08:00:00Z"),
      url: item().url,
    };
    const entry = correctionEntry(ORIGIN, "kyiv-desk", correction, t);
    expect(entry.id).toMatch(
      new RegExp(
        `^${permanentFactCheckUrl(ORIGIN, "kyiv-desk", CLAIM_ID)}#correction-${correction.createdAt.getTime()}-[0-9a-f]{12}$`,
      ),
    );
    expect(entry).toMatchObject({
      url: item().url,
      title: "Correction: Twelve hurt",
      summary: "The count is 9.",
      published: correction.createdAt,
      updated: correction.createdAt,
    });
    expect(correctionEntry(ORIGIN, "kyiv-desk", { ...correction, note: "Another note." }, t).id).not.toBe(entry.id);
  });

  it("dates the feed by its newest entry, or the workspace's last change when that is later or nothing is listed", () => {
    const entries = [factCheckEntry(ORIGIN, "kyiv-desk", item(), t)];
    expect(
      feedDocument(ORIGIN, workspace, "fact-checks", "atom", entries, new Date("2026-01-01T00:00:00Z"), t, "en")
        .updated,
    ).toEqual(item().updatedAt);
    const later = new Date("2026-12-01T00:00:00Z");
    expect(feedDocument(ORIGIN, workspace, "fact-checks", "atom", entries, later, t, "en").updated).toEqual(later);
    expect(feedDocument(ORIGIN, workspace, "corrections", "json", [], later, t, "en")).toMatchObject({
      updated: later,
      entries: [],
      feedUrl: `${ORIGIN}/fact-checks/kyiv-desk/feeds/corrections.json`,
    });
  });

  it("names feed files by kind and format, nothing else", () => {
    expect(parseFeedFileName("fact-checks.atom")).toEqual({ kind: "fact-checks", format: "atom" });
    expect(parseFeedFileName("corrections.json")).toEqual({ kind: "corrections", format: "json" });
    for (const name of ["fact-checks.rss", "corrections", "x.atom", "fact-checks.atom.bak", ""])
      expect(parseFeedFileName(name)).toBeNull();
  });
});

describe("writers", () => {
  const feed = feedDocument(
    ORIGIN,
    workspace,
    "fact-checks",
    "atom",
    [factCheckEntry(ORIGIN, "kyiv-desk", item(), t)],
    new Date(0),
    t,
    "en",
  );

  it("writes well-formed Atom 1.0 that a feed parser reads back with every text intact", () => {
    const xml = writeAtom(feed);
    const document = parseXml(xml);
    expect(document.documentElement.namespaceURI).toBe("http://www.w3.org/2005/Atom");
    expect(xml).not.toContain("<b>");
    const parsed = parseAtomFeed(xml);
    expect(parsed.title).toMatchObject({ value: "Fact-checks by Kyiv <Desk> & Co" });
    expect(parsed.id).toBe(feed.id);
    expect(parsed.links).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rel: "self", href: feed.feedUrl }),
        expect.objectContaining({ rel: "alternate", href: `${ORIGIN}/fact-checks/kyiv-desk` }),
      ]),
    );
    expect(parsed.authors?.[0]).toMatchObject({ name: "Kyiv <Desk> & Co", uri: workspace.organisationUrl });
    const [entry] = parsed.entries!;
    expect(entry!.title).toMatchObject({ value: item().statement });
    // a control character has no place in XML 1.0: dropped, the rest kept
    expect(entry!.summary).toMatchObject({ value: "Rating: Mostly false. The hospital counts 9. Not 12." });
    expect(entry!.categories).toEqual([{ term: "Mostly false", label: "Mostly false" }]);
    expect(entry!.links?.[0]?.href).toBe(item().url);
    expect(entry!.updated).toBe("2026-11-05T12:30:00.000Z");
  });

  it("writes JSON Feed 1.1 with the rating in the _factdesk extension", () => {
    const json = JSON.parse(
      writeJsonFeed({ ...feed, feedUrl: `${ORIGIN}/fact-checks/kyiv-desk/feeds/fact-checks.json` }),
    );
    expect(json.version).toBe("https://jsonfeed.org/version/1.1");
    const parsed = parseJsonFeed(json);
    expect(parsed.title).toBe("Fact-checks by Kyiv <Desk> & Co");
    expect(parsed.items?.[0]).toMatchObject({
      id: `${ORIGIN}/fact-checks/kyiv-desk/${CLAIM_ID}`,
      url: item().url,
      title: item().statement,
      date_modified: "2026-11-05T12:30:00.000Z",
      tags: ["Mostly false"],
    });
    expect(json.items[0]._factdesk.rating).toEqual({ label: "Mostly false", value: 2, best: 5, worst: 1 });
  });

  it("writes an empty feed that is still valid", () => {
    const empty = feedDocument(ORIGIN, workspace, "corrections", "atom", [], new Date("2026-01-01T00:00:00Z"), t, "uk");
    const document = parseXml(writeAtom(empty));
    expect(document.getElementsByTagName("entry")).toHaveLength(0);
    expect(document.getElementsByTagName("updated")[0]!.textContent).toBe("2026-01-01T00:00:00.000Z");
    expect(document.documentElement.getAttribute("xml:lang")).toBe("uk");
  });

  it("drops only what XML 1.0 cannot hold, and hands every & to xmlbuilder2 escaped", () => {
    expect(xmlText("a\u0000b\u0008c\u000Bd\tnew\nline\r😀\uFFFE")).toBe("abcd\tnew\nline\r😀");
    expect(xmlText("lone \uD800 surrogate")).toBe("lone  surrogate");
    expect(xmlText("&nbsp; & &amp;")).toBe("&amp;nbsp; &amp; &amp;amp;");
  });
});
