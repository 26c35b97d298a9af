import { expect, test, type Browser, type Page } from "@playwright/test";
import { createArticle, createUser, createWorkspaceWithMembers, db } from "./support/test-data";
import { screenshot, signIn } from "./support/pages";
import { articleReport, claimWithVerdict } from "../test/support/report-world";
import { factCheckPath } from "../lib/public-urls/public-address";

const PASSWORD = "correct horse battery";
const LONG =
  "At least 12 people were killed in the overnight blast at the Marenburg fuel depot on Tuesday, officials said";
const SHORT = "At least 12 killed in the Marenburg depot blast";
const METHODOLOGY = "https://newsroom.example.test/how-we-check";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, PASSWORD);
  return page;
}

test("a reviewer fixes the ClaimReview preflight in place and publishes; the public fact-check page shows claim, rating, legend, sources, methodology and one ClaimReview, and prints without navigation", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const ws = await createWorkspaceWithMembers();
  const reviewer = await createUser({
    workspaceId: ws.workspace.id,
    role: "REVIEWER",
    password: PASSWORD,
    name: "Rita Reviewer",
  });
  const article = await createArticle(ws.actors.EDITOR, {
    title: "Blast at Marenburg depot",
    outlet: "Corpus Daily",
    url: "https://news.example.test/marenburg-depot-blast",
    text: "Officials said at least 12 people were killed in the overnight blast at the depot.",
  });
  const { claim } = await claimWithVerdict(ws, article, "at least 12 people were killed", "APPROVED", {
    statement: LONG,
    summary: "The city administration and the emergency service both confirm twelve dead.",
  });
  const report = await articleReport(ws, article, "Fact-check: Blast at Marenburg depot");
  await db.workspace.update({ where: { id: ws.workspace.id }, data: { methodologyUrl: METHODOLOGY } });

  // the preflight before publishing: the statement is too long for claimReviewed; fixed in place
  const rv = await signedIn(browser, reviewer.email);
  await rv.goto(`/w/${ws.workspace.slug}/reports/${report.id}`);
  const preflight = rv.getByRole("region", { name: "Before publishing: search engine markup (ClaimReview)" });
  await expect(preflight).toContainText("The claim is longer than 75 characters: write a short form.");
  await expect(preflight.getByRole("alert")).toHaveCount(0); // warnings only: nothing blocks publishing
  await screenshot(rv, "fact-check-preflight", testInfo);
  await preflight.getByLabel("Short form of the claim").fill(SHORT);
  await preflight.getByRole("button", { name: "Save", exact: true }).click();
  await expect(preflight.getByText("The 1 approved fact-check is ready for publishing.")).toBeVisible();
  await rv.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(rv.getByLabel("Public link")).toHaveValue(/\/r\/[A-Za-z0-9_-]{43}$/);
  const publicReportPath = new URL(await rv.getByLabel("Public link").inputValue()).pathname;

  // signed out
  const pub = await (await browser.newContext()).newPage();
  const path = factCheckPath(ws.workspace.slug, { id: claim.id, statement: LONG, shortStatement: SHORT });
  expect(path).toBe(`/fact-checks/${ws.workspace.slug}/at-least-12-killed-in-the-marenburg-depot-blast-${claim.id}`);
  // the published report links each claim's own page
  await pub.goto(publicReportPath);
  expect(
    new URL((await pub.getByRole("link", { name: "Fact-check page of this claim" }).getAttribute("href"))!).pathname,
  ).toBe(path);

  const response = await pub.goto(path);
  expect(response!.status()).toBe(200);
  expect(response!.headers()["cache-control"]).toBe("public, max-age=60, s-maxage=300, stale-while-revalidate=600");
  await expect(pub.getByRole("heading", { level: 1 })).toContainText(LONG);
  await expect(pub.getByText("Officials", { exact: true })).toBeVisible();
  const rating = pub.getByRole("region", { name: "Our rating" });
  await expect(rating.locator(".verdict-line")).toContainText("Mostly accurate");
  await expect(rating).toContainText("The city administration and the emergency service both confirm twelve dead.");
  const legend = pub.getByRole("list", { name: "What our ratings mean" });
  await expect(legend.getByRole("listitem")).toHaveCount(7);
  await expect(legend.locator('[aria-current="true"]')).toContainText("Mostly accurate");
  await expect(
    pub.getByRole("region", { name: "Sources" }).getByRole("link", { name: "Police report" }),
  ).toHaveAttribute("href", "https://police.example.test/report");
  await expect(
    pub
      .getByRole("region", { name: "Where the claim appeared" })
      .getByRole("link", { name: "Blast at Marenburg depot" }),
  ).toHaveAttribute("href", "https://news.example.test/marenburg-depot-blast");
  await expect(pub.getByRole("link", { name: "How we check facts" }).first()).toHaveAttribute("href", METHODOLOGY);
  await expect(pub.getByRole("region", { name: "Corrections" })).toContainText("No corrections so far.");

  // exactly one ClaimReview, parsing, with the short form and this page as its url
  const blocks = await pub.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const doc = JSON.parse(blocks[0]!) as Record<string, unknown>;
  expect(doc).toMatchObject({
    "@type": "ClaimReview",
    claimReviewed: SHORT,
    url: `https://factdesk.e2e.test${path}`,
    reviewRating: { alternateName: "Mostly accurate" },
  });
  // link previews, canonical address, oEmbed and feed discovery
  await expect(pub.locator('meta[property="og:title"]')).toHaveAttribute("content", `Mostly accurate: ${SHORT}`);
  await expect(pub.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(pub.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary");
  await expect(pub.locator('link[rel="canonical"]')).toHaveAttribute("href", `https://factdesk.e2e.test${path}`);
  await expect(pub.locator('link[rel="alternate"][type="application/json+oembed"]')).toHaveAttribute(
    "href",
    /\/api\/oembed\?url=/,
  );
  await expect(pub.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);
  await screenshot(pub, "fact-check-public", testInfo);

  // printed: the fact-check without the navigation
  await expect(pub.getByRole("navigation", { name: "Fact-checks" })).toBeVisible();
  await pub.emulateMedia({ media: "print" });
  await expect(pub.getByRole("navigation", { name: "Fact-checks" })).toBeHidden();
  await expect(pub.getByRole("heading", { level: 1 })).toBeVisible();
  await screenshot(pub, "fact-check-print", testInfo);
  await pub.emulateMedia({ media: "screen" });

  // an address with other words redirects to the canonical one; an unknown claim is 404
  await pub.goto(`/fact-checks/${ws.workspace.slug}/old-words-${claim.id}`);
  expect(new URL(pub.url()).pathname).toBe(path);
  expect((await pub.goto(`/fact-checks/${ws.workspace.slug}/nothing-c000000000000000000000000`))!.status()).toBe(404);

  // the workspace's index lists it
  await pub.goto(`/fact-checks/${ws.workspace.slug}`);
  await expect(pub.getByRole("link", { name: SHORT })).toHaveAttribute("href", path);
});
