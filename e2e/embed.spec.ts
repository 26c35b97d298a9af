/**
 * The embeddable claim card in a real browser: a newsroom's page (served by
 * this test on another origin) pastes the oEmbed answer's html; the card
 * renders inside the iframe under the app's CSP, follows the reader's colour
 * scheme and links to the full fact-check in a new tab. A private page of the
 * app in an iframe on the same newsroom page is refused by the browser.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { createArticle, createWorkspaceWithMembers } from "./support/test-data";
import { articleReport, claimWithVerdict } from "../test/support/report-world";
import { publishReport } from "../lib/reports/publish-report";
import { factCheckPath } from "../lib/public-urls/public-address";

/** The server's public address (playwright.config.ts): the test answers it by path from the test server. */
const PUBLIC_ORIGIN = "https://factdesk.e2e.test";
process.env.PUBLIC_BASE_URL ??= PUBLIC_ORIGIN;

const STATEMENT = "At least 12 people were hurt in the Monday flood";
const SUMMARY = "The regional hospital counts nine patients, not twelve.";

/** A page on another origin: the newsroom's article with whatever html it was given. */
async function newsroomPage(html: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(
      `<!doctype html><html lang="en"><head><title>Newsroom article</title></head><body><h1>Flood on Monday</h1>${html}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/article`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test("a newsroom embeds the claim card from the oEmbed answer; a private page in an iframe is refused", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, {
    text: "Officials said at least 12 people were hurt in the flood on Monday.\n\nThe dam held.",
  });
  const { claim } = await claimWithVerdict(ws, article, "12 people were hurt", "APPROVED", {
    statement: STATEMENT,
    ratingKey: "FALSE_CLAIM",
    summary: SUMMARY,
  });
  const draft = await claimWithVerdict(ws, article, "The dam held", "DRAFT", { statement: "The dam held" });
  const report = await articleReport(ws, article);
  await publishReport(ws.actors.REVIEWER, report.id);
  const pageUrl = `${PUBLIC_ORIGIN}${factCheckPath(ws.workspace.slug, { id: claim.id, statement: STATEMENT })}`;

  // the oEmbed answer, as a CMS asks for it
  const answer = await request.get(`/api/oembed?url=${encodeURIComponent(pageUrl)}&maxwidth=480`);
  expect(answer.status()).toBe(200);
  const oembed = (await answer.json()) as { type: string; html: string; width: number; height: number };
  expect(oembed).toMatchObject({ type: "rich", width: 480 });
  expect(
    (
      await request.get(
        `/api/oembed?url=${encodeURIComponent(`${PUBLIC_ORIGIN}/fact-checks/${ws.workspace.slug}/${draft.claim.id}`)}`,
      )
    ).status(),
  ).toBe(404);

  // the workspace's feed, as a reader polls it: cacheable, with a validator that answers 304
  const feed = await request.get(`/fact-checks/${ws.workspace.slug}/feeds/fact-checks.atom`);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  // (next.config.js's rule for /fact-checks/* sets the header on every answer there, feeds included)
  expect(feed.headers()["cache-control"]).toMatch(/^public, max-age=\d+/);
  expect(await feed.text()).toContain(STATEMENT);
  expect(
    (
      await request.get(`/fact-checks/${ws.workspace.slug}/feeds/fact-checks.atom`, {
        headers: { "if-none-match": feed.headers()["etag"]! },
      })
    ).status(),
  ).toBe(304);

  // the card's headers allow any site to frame it; a private page's refuse
  const embedPath = new URL(/src="([^"]+)"/.exec(oembed.html)![1]!).pathname;
  const card = await request.get(embedPath);
  expect(card.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(card.headers()["x-frame-options"]).toBeUndefined();
  expect((await request.get(`/embed/fact-checks/${ws.workspace.slug}/${draft.claim.id}`)).status()).toBe(404);

  // the public address is served by the test server, by path (as a proxy in front of it would)
  await page.route(`${PUBLIC_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    await route.fulfill({ response: await route.fetch({ url: `${baseURL}${url.pathname}${url.search}` }) });
  });
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|frame-ancestors|X-Frame-Options/i.test(message.text()))
      violations.push(message.text());
  });
  const newsroom = await newsroomPage(
    `${oembed.html}<iframe id="private" title="Private page" src="${baseURL}/signin" width="400" height="300"></iframe>`,
  );
  try {
    await page.goto(newsroom.url);
    const frame = page.frameLocator(`iframe[src*="/embed/fact-checks/"]`);
    await expect(frame.getByRole("heading", { level: 1 })).toContainText(STATEMENT);
    await expect(frame.getByText(SUMMARY)).toBeVisible();
    await expect(frame.locator(".rating-badge")).toBeVisible();
    await expect(frame.getByText(/^Fact-check by Newsroom /)).toBeVisible();
    const link = frame.getByRole("link", { name: /Read the fact-check/ });
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("href", pageUrl);
    await expect(page.locator(`iframe[src*="/embed/fact-checks/"]`)).toHaveAttribute("width", "480");

    // light and dark follow the reader's preference
    const background = () => frame.locator(".embed-card").evaluate((card) => getComputedStyle(card).backgroundColor);
    await page.emulateMedia({ colorScheme: "light" });
    const light = await background();
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(background).not.toBe(light);

    // the sign-in page never renders inside another site's frame
    await expect(page.frameLocator("#private").getByLabel("Password")).toHaveCount(0);
    expect(
      violations.some((v) => /frame-ancestors|X-Frame-Options/i.test(v)),
      violations.join("\n"),
    ).toBe(true);
  } finally {
    await newsroom.close();
  }
});
