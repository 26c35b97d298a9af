/**
 * GET /api/oembed and the claim card's loader against a real database: a
 * public fact-check answers a rich oEmbed (JSON or XML) framing its card;
 * anything else is 404 (another origin, a draft, an unpublished report),
 * 400 without url, 501 for another format.
 */
import { describe, expect, it } from "vitest";
import { JSDOM } from "jsdom";
import { GET } from "@/app/api/oembed/route";
import { loadEmbedCard } from "@/lib/embeds/load-embed-card";
import { EMBED_HEIGHT, EMBED_WIDTH } from "@/lib/embeds/oembed";
import { NotFoundError } from "@/lib/errors";
import { publishReport } from "@/lib/reports/publish-report";
import { unpublishReport } from "@/lib/reports/unpublish-report";
import { articleReport, claimWithVerdict } from "@/test/support/report-world";
import { factCheckUrl, publicOrigin, publicPaths } from "@/lib/public-urls/public-address";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";

const TEXT = "Officials said at least 12 people were hurt.\n\nThe dam held through the night.";
const STATEMENT = 'At least 12 people were "hurt" <b>';

async function world() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, { text: TEXT });
  const approved = await claimWithVerdict(ws, article, "at least 12 people were hurt", "APPROVED", {
    statement: STATEMENT,
    summary: "The hospital counts 9.",
  });
  const draft = await claimWithVerdict(ws, article, "The dam held", "DRAFT", { statement: "The dam held" });
  const report = await articleReport(ws, article);
  await publishReport(ws.actors.REVIEWER, report.id);
  return {
    ws,
    approved,
    draft,
    report,
    page: factCheckUrl(ws.workspace.slug, { id: approved.claim.id, statement: STATEMENT }),
  };
}

const oembed = (query: Record<string, string>) =>
  GET(new Request(`${publicOrigin()}/api/oembed?${new URLSearchParams(query)}`));

describe("GET /api/oembed", () => {
  it("answers a rich oEmbed whose iframe frames the claim card, within maxwidth / maxheight", async () => {
    const { ws, approved, page } = await world();
    const response = await oembed({ url: page, maxwidth: "400" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const answer = await response.json();
    expect(answer).toMatchObject({
      type: "rich",
      version: "1.0",
      title: STATEMENT,
      author_name: expect.stringMatching(/^Newsroom /),
      provider_name: "Factdesk",
      provider_url: `${publicOrigin()}/`,
      width: 400,
      height: EMBED_HEIGHT,
    });
    expect(answer.cache_age).toBeGreaterThan(0);
    const iframe = new JSDOM(answer.html).window.document.querySelector("iframe")!;
    expect(iframe.getAttribute("src")).toBe(
      `${publicOrigin()}${publicPaths.embed(ws.workspace.slug, approved.claim.id)}`,
    );
    expect(iframe.getAttribute("title")).toBe(`Fact-check: ${STATEMENT}`);

    // the address without words, or with stale ones, names the same fact-check
    const short = await (
      await oembed({
        url: `${publicOrigin()}/fact-checks/${ws.workspace.slug}/old-words-${approved.claim.id}`,
        maxheight: "100",
      })
    ).json();
    expect(short).toMatchObject({ width: EMBED_WIDTH, height: 100, html: expect.stringContaining(approved.claim.id) });
  });

  it("answers XML when asked", async () => {
    const { page } = await world();
    const response = await oembed({ url: page, format: "xml" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/xml; charset=utf-8");
    const document = new JSDOM(await response.text(), { contentType: "text/xml" }).window.document;
    expect(document.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(document.querySelector("oembed > type")!.textContent).toBe("rich");
    expect(document.querySelector("oembed > title")!.textContent).toBe(STATEMENT);
    expect(document.querySelector("oembed > html")!.textContent).toMatch(/^<iframe src="/);
  });

  it("is 404 for what is not a public fact-check of this app, 400 without url or with a bad size, 501 for another format", async () => {
    const { ws, draft, report, page } = await world();
    const statusFor = async (query: Record<string, string>) => (await oembed(query)).status;
    expect(await statusFor({ url: page.replace(publicOrigin(), "https://elsewhere.example.test") })).toBe(404);
    expect(await statusFor({ url: `${publicOrigin()}/fact-checks/${ws.workspace.slug}/${draft.claim.id}` })).toBe(404);
    expect(
      await statusFor({ url: `${publicOrigin()}/fact-checks/another-desk-${ws.workspace.slug}/${draft.claim.id}` }),
    ).toBe(404);
    expect(await statusFor({ url: `${publicOrigin()}/w/${ws.workspace.slug}/claims` })).toBe(404);
    expect(await statusFor({})).toBe(400);
    expect(await statusFor({ url: page, maxwidth: "wide" })).toBe(400);
    expect(await statusFor({ url: page, format: "yaml" })).toBe(501);

    await unpublishReport(ws.actors.REVIEWER, report.id);
    expect(await statusFor({ url: page })).toBe(404);
  });
});

describe("loadEmbedCard", () => {
  it("shows the claim, its rating and tone, the summary and the organisation; NotFound when not public", async () => {
    const { ws, approved, draft, report, page } = await world();
    const card = await loadEmbedCard(ws.workspace.slug, approved.claim.id);
    expect(card).toMatchObject({
      statement: STATEMENT,
      claimant: "Officials",
      summary: "The hospital counts 9.",
      url: page,
      organisation: { name: expect.stringMatching(/^Newsroom /) },
    });
    expect(card.rating.label).toBeTruthy();
    expect(card.rating.tone).toMatch(/^(true|mostly-true|mixed|mostly-false|false|unrated)$/);

    await expect(loadEmbedCard(ws.workspace.slug, draft.claim.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadEmbedCard("no-such-desk", approved.claim.id)).rejects.toBeInstanceOf(NotFoundError);
    const other = await createWorkspaceWithMembers();
    await expect(loadEmbedCard(other.workspace.slug, approved.claim.id)).rejects.toBeInstanceOf(NotFoundError);
    await unpublishReport(ws.actors.REVIEWER, report.id);
    await expect(loadEmbedCard(ws.workspace.slug, approved.claim.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});
