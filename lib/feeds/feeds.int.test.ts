/**
 * The public feeds and the sitemap through their route handlers, against a
 * real database: what is public (public-claims-sql.ts) and nothing else,
 * parsed by a maintained feed parser (feedsmith) and a strict XML parser;
 * ETag / Last-Modified / 304; 404 for unknown workspaces and file names.
 */
import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { parseAtomFeed, parseJsonFeed } from "feedsmith";
import { GET as getFeed } from "@/app/fact-checks/[workspace]/feeds/[feed]/route";
import { GET as getSitemap } from "@/app/sitemap.xml/route";
import { loadSitemap } from "@/lib/feeds/sitemap";
import { publishReport } from "@/lib/reports/publish-report";
import { unpublishReport } from "@/lib/reports/unpublish-report";
import { createReport } from "@/lib/reports/create-report";
import { CreateReportInputSchema } from "@/lib/reports/schemas";
import { reviewVerdict } from "@/lib/verdicts/review-verdict";
import { ReviewVerdictInputSchema } from "@/lib/verdicts/schemas";
import { articleReport, claimWithVerdict } from "@/test/support/report-world";
import { factCheckUrl, publicOrigin } from "@/lib/public-urls/public-address";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";

const TEXT =
  "Officials said at least 12 people were hurt & taken to hospital.\n\nThe mayor promised 40 million euros.\n\nThe dam held through the night.";

async function world() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, { text: TEXT });
  const hurt = await claimWithVerdict(ws, article, "at least 12 people were hurt", "APPROVED", {
    statement: HURT,
    ratingKey: "FALSE_CLAIM",
    summary: "The hospital counts 9 &nbsp; patients.",
  });
  const pledge = await claimWithVerdict(ws, article, "40 million euros", "SUBMITTED", { statement: PLEDGE });
  const draft = await claimWithVerdict(ws, article, "The dam held", "DRAFT", {
    statement: "Secret draft: the dam held",
  });
  const report = await articleReport(ws, article);
  await publishReport(ws.actors.REVIEWER, report.id);
  return { ws, article, hurt, pledge, draft, report };
}

const feed = (slug: string, file: string, headers: Record<string, string> = {}) =>
  getFeed(new Request(`${publicOrigin()}/fact-checks/${slug}/feeds/${file}`, { headers }), {
    params: Promise.resolve({ workspace: slug, feed: file }),
  });

const HURT = "At least 12 people were hurt & <taken> to hospital";
const PLEDGE = "The mayor promised 40 million euros";
const pageUrl = (slug: string, claim: { id: string }, statement: string) =>
  factCheckUrl(slug, { id: claim.id, statement });

describe("fact-check feeds", () => {
  it("list the published fact-checks only, newest first, with rating, summary and the page's address, in Atom and JSON Feed", async () => {
    const { ws, hurt, pledge, draft } = await world();
    // approving the pledge while the report is published: the newest fact-check, with a correction note
    await reviewVerdict(
      ws.actors.REVIEWER,
      ReviewVerdictInputSchema.parse({
        verdictId: pledge.verdict!.id,
        lockVersion: 2,
        decision: "APPROVE",
        correctionNote: "Added our check of the pledge.",
      }),
    );

    const atom = await feed(ws.workspace.slug, "fact-checks.atom");
    expect(atom.status).toBe(200);
    expect(atom.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(atom.headers.get("cache-control")).toBe("public, max-age=300");
    const xml = await atom.text();
    expect(
      new JSDOM(xml, { contentType: "application/xml" }).window.document.getElementsByTagName("parsererror"),
    ).toHaveLength(0);
    expect(xml).not.toContain("Secret draft");
    const parsed = parseAtomFeed(xml);
    expect(parsed.entries!.map((e) => e.links?.[0]?.href)).toEqual([
      pageUrl(ws.workspace.slug, pledge.claim, PLEDGE),
      pageUrl(ws.workspace.slug, hurt.claim, HURT),
    ]);
    const hurtEntry = parsed.entries![1]!;
    expect(hurtEntry.title).toMatchObject({ value: "At least 12 people were hurt & <taken> to hospital" });
    expect(hurtEntry.id).toBe(`${publicOrigin()}/fact-checks/${ws.workspace.slug}/${hurt.claim.id}`);
    expect(hurtEntry.summary?.value).toMatch(/^Rating: .+\. The hospital counts 9 &nbsp; patients\.$/);
    expect(hurtEntry.categories?.[0]?.term).toBeTruthy();
    expect(parsed.authors?.[0]?.name).toMatch(/^Newsroom /);

    const json = await feed(ws.workspace.slug, "fact-checks.json");
    expect(json.headers.get("content-type")).toBe("application/feed+json; charset=utf-8");
    const body = await json.json();
    const jsonFeed = parseJsonFeed(body);
    expect(jsonFeed.items!.map((i) => i.url)).toEqual([
      pageUrl(ws.workspace.slug, pledge.claim, PLEDGE),
      pageUrl(ws.workspace.slug, hurt.claim, HURT),
    ]);
    expect(body.items[1]._factdesk.rating).toMatchObject({ label: hurtEntry.categories![0]!.term, worst: 1 });
    expect(JSON.stringify(body)).not.toContain(draft.claim.id);
  });

  it("answers 304 to a current ETag or date, and a new ETag once a report is unpublished", async () => {
    const { ws, report } = await world();
    const first = await feed(ws.workspace.slug, "fact-checks.atom");
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);

    const unchanged = await feed(ws.workspace.slug, "fact-checks.atom", { "if-none-match": etag });
    expect(unchanged.status).toBe(304);
    expect(await unchanged.text()).toBe("");
    expect((await feed(ws.workspace.slug, "fact-checks.atom", { "if-modified-since": lastModified })).status).toBe(304);

    await new Promise((resolve) => setTimeout(resolve, 1100)); // Last-Modified has whole seconds
    await unpublishReport(ws.actors.REVIEWER, report.id);
    const changed = await feed(ws.workspace.slug, "fact-checks.atom", { "if-none-match": etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(parseAtomFeed(await changed.text()).entries ?? []).toHaveLength(0);
    expect((await feed(ws.workspace.slug, "fact-checks.atom", { "if-modified-since": lastModified })).status).toBe(200);
  });

  it("is an empty, valid feed for a workspace with nothing public, and 404 for an unknown workspace or file", async () => {
    const empty = await createWorkspaceWithMembers();
    for (const file of ["fact-checks.atom", "corrections.atom"]) {
      const response = await feed(empty.workspace.slug, file);
      expect(response.status).toBe(200);
      const parsed = parseAtomFeed(await response.text());
      expect(parsed.entries ?? []).toHaveLength(0);
      expect(parsed.updated).toMatch(/^\d{4}-\d\d-\d\dT/);
    }
    expect(parseJsonFeed(await (await feed(empty.workspace.slug, "corrections.json")).json()).items ?? []).toEqual([]);
    expect((await feed("no-such-desk-anywhere", "fact-checks.atom")).status).toBe(404);
    expect((await feed(empty.workspace.slug, "fact-checks.rss")).status).toBe(404);
  });
});

describe("corrections feeds", () => {
  it("list each correction of a public fact-check once, dated, with its note and the page's address", async () => {
    const { ws, pledge } = await world();
    // a second published report covering the pledge: the same note lands on both
    const chosen = await createReport(
      ws.actors.EDITOR,
      CreateReportInputSchema.parse({ title: "Chosen claims", scope: "CLAIMS", claimIds: [pledge.claim.id] }),
    );
    await publishReport(ws.actors.REVIEWER, chosen.id);
    await reviewVerdict(
      ws.actors.REVIEWER,
      ReviewVerdictInputSchema.parse({
        verdictId: pledge.verdict!.id,
        lockVersion: 2,
        decision: "APPROVE",
        correctionNote: "Added our check of the pledge.",
      }),
    );

    const atom = parseAtomFeed(await (await feed(ws.workspace.slug, "corrections.atom")).text());
    expect(atom.entries).toHaveLength(1);
    const [entry] = atom.entries!;
    expect(entry!.summary?.value).toBe("Added our check of the pledge.");
    expect(entry!.title?.value).toBe("Correction: The mayor promised 40 million euros");
    expect(entry!.links?.[0]?.href).toBe(pageUrl(ws.workspace.slug, pledge.claim, PLEDGE));
    expect(entry!.id).toMatch(new RegExp(`/${pledge.claim.id}#correction-\\d+-[0-9a-f]{12}$`));
    const json = parseJsonFeed(await (await feed(ws.workspace.slug, "corrections.json")).json());
    expect(json.items!.map((i) => [i.id, i.date_published])).toEqual([[entry!.id, entry!.published]]);

    // no longer public (every report covering it unpublished): its corrections leave the feed too
    await unpublishReport(ws.actors.REVIEWER, chosen.id);
    const reports = await import("@/lib/db/client").then(({ db }) =>
      db.report.findMany({ where: { workspaceId: ws.workspace.id, publishedAt: { not: null } }, select: { id: true } }),
    );
    for (const report of reports) await unpublishReport(ws.actors.REVIEWER, report.id);
    expect(parseAtomFeed(await (await feed(ws.workspace.slug, "corrections.atom")).text()).entries ?? []).toHaveLength(
      0,
    );
  });
});

describe("sitemap", () => {
  const sitemap = async (query = "", headers: Record<string, string> = {}) =>
    getSitemap(new Request(`${publicOrigin()}/sitemap.xml${query}`, { headers }));

  it("lists each workspace's index page and its public fact-checks with lastmod, nothing private", async () => {
    const { ws, hurt, pledge, draft } = await world();
    const response = await sitemap();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    const document = new JSDOM(await response.text(), { contentType: "application/xml" }).window.document;
    expect(document.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(document.documentElement.localName).toBe("urlset");
    const urls = new Map(
      [...document.getElementsByTagName("url")].map((url) => [
        url.getElementsByTagName("loc")[0]!.textContent!,
        url.getElementsByTagName("lastmod")[0]!.textContent!,
      ]),
    );
    expect(urls.get(`${publicOrigin()}/fact-checks/${ws.workspace.slug}`)).toMatch(
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/,
    );
    const hurtLastmod = urls.get(pageUrl(ws.workspace.slug, hurt.claim, HURT));
    expect(hurtLastmod).toBeDefined();
    expect(Date.parse(hurtLastmod!)).toBeGreaterThan(Date.now() - 60_000);
    expect(urls.has(pageUrl(ws.workspace.slug, pledge.claim, PLEDGE))).toBe(false);
    expect([...urls.keys()].some((url) => url.includes(draft.claim.id))).toBe(false);
    for (const loc of urls.keys()) expect(new URL(loc).origin).toBe(publicOrigin());

    // other test files publish at the same time: the sitemap may have changed since, but never answers 200 with the same tag
    const etag = response.headers.get("etag")!;
    const again = await sitemap("", { "if-none-match": etag });
    if (again.status === 200) expect(again.headers.get("etag")).not.toBe(etag);
    else expect(again.status).toBe(304);
  });

  it("becomes a sitemap index of parts beyond the limit per file; unknown parts are 404", async () => {
    await world();
    const index = await loadSitemap(null, 1);
    expect(index?.sitemap.kind).toBe("index");
    const parts = index!.sitemap.kind === "index" ? index!.sitemap.parts : [];
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(parts[0]!.loc).toBe(`${publicOrigin()}/sitemap.xml?part=1`);
    const first = await loadSitemap(1, 1);
    expect(first?.sitemap.kind === "urlset" && first.sitemap.urls).toHaveLength(1);
    expect(await loadSitemap(1_000_000, 1)).toBeNull();
    expect((await sitemap("?part=0")).status).toBe(404);
    expect((await sitemap("?part=abc")).status).toBe(404);
    // within the limit a part number is not an address at all
    expect((await sitemap("?part=2")).status).toBe(404);
  });
});
