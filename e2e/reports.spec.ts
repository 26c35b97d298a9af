import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Download, type Page } from "@playwright/test";
import { createUser, createWorkspaceWithMembers } from "./support/test-data";
import { screenshot, signIn } from "./support/pages";
import { claimWithVerdict } from "../test/support/report-world";
import { validateClaimReview } from "../lib/exports/claim-review";
import { parseWebAnnotations } from "../lib/exports/web-annotation";
import { extractPdfText } from "../lib/exports/pdf-text";
import type { TestArticle } from "../prisma/factories";
import { testArticlePath } from "../test/articles/test-articles";

const PASSWORD = "correct horse battery";
const ARTICLE_FILE = testArticlePath("depot-blast-northwire");
const APPROVED = "At least 12 people were killed in the overnight blast at the Marenburg depot";
const DRAFT = "3,000 households were still without power on Thursday evening";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, PASSWORD);
  return page;
}

/** Clicks a download link and returns the saved file's bytes and name. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: (file as Download).suggestedFilename(), bytes: readFileSync((await (file as Download).path())!) };
}

test("a reviewer publishes a report on an article; the public link works signed out with every format; corrections are listed; unpublish answers 404", async ({
  browser,
}, testInfo) => {
  test.setTimeout(150_000);
  const { workspace, actors } = await createWorkspaceWithMembers();
  const editor = await createUser({
    workspaceId: workspace.id,
    role: "EDITOR",
    password: PASSWORD,
    name: "Eli Editor",
  });
  const reviewer = await createUser({
    workspaceId: workspace.id,
    role: "REVIEWER",
    password: PASSWORD,
    name: "Rita Reviewer",
  });

  // the editor uploads the article file
  const ed = await signedIn(browser, editor.email);
  await ed.goto(`/w/${workspace.slug}/articles/new`);
  await ed.getByLabel("Upload a file").check();
  await ed.getByLabel("File", { exact: true }).setInputFiles(ARTICLE_FILE);
  await ed.getByLabel(/^Title/).fill("Blast at Marenburg depot");
  await ed.getByLabel("Outlet").fill("Corpus Daily");
  await ed.getByLabel("Original address (optional)").fill("https://news.example.test/marenburg-depot-blast");
  await ed.getByRole("button", { name: "Import article" }).click();
  await expect(ed.getByRole("heading", { level: 1, name: "Blast at Marenburg depot" })).toBeVisible();
  const articleId = new URL(ed.url()).pathname.split("/").pop()!;

  // two claims on it (through the use cases, as the claims journey already drives that UI): one approved, one draft
  const { db } = await import("./support/test-data");
  const version = await db.articleVersion.findFirstOrThrow({
    where: { articleId },
    select: { id: true, number: true, text: true, sha256: true },
  });
  const article: TestArticle = {
    article: { id: articleId, workspaceId: workspace.id, title: "Blast at Marenburg depot" },
    version,
  };
  const ws = {
    workspace,
    users: { ADMIN: editor, EDITOR: editor, REVIEWER: reviewer, VIEWER: editor },
    actors: {
      ...actors,
      EDITOR: { userId: editor.id, workspaceId: workspace.id, role: "EDITOR" as const },
      REVIEWER: { userId: reviewer.id, workspaceId: workspace.id, role: "REVIEWER" as const },
    },
    membershipIds: {} as never,
  };
  const approved = await claimWithVerdict(ws, article, "killed at least 12 people", "APPROVED", {
    statement: APPROVED,
    ratingKey: "ACCURATE",
    summary: "The city administration and the emergency service both confirm twelve dead.",
  });
  await claimWithVerdict(ws, article, "3,000 households were still without power", "DRAFT", {
    statement: DRAFT,
    summary: "Not yet checked against any casualty estimate.",
  });

  // the reviewer makes a report from the article page, previews both versions, publishes
  const rv = await signedIn(browser, reviewer.email);
  await rv.goto(`/w/${workspace.slug}/articles/${articleId}`);
  await rv.getByRole("link", { name: "Create report" }).click();
  await expect(rv.getByLabel("Title")).toHaveValue("Fact-check: Blast at Marenburg depot");
  await expect(rv.getByRole("group", { name: "Claims" })).toBeHidden(); // hydrated: only the chosen scope's fields show
  await screenshot(rv, "report-new", testInfo);
  await rv.getByRole("button", { name: "Create report" }).click();
  await expect(rv.getByRole("heading", { level: 1, name: "Fact-check: Blast at Marenburg depot" })).toBeVisible();
  const claims = rv.getByRole("region", { name: /^Claims/ });
  await expect(claims.getByRole("heading", { name: APPROVED })).toBeVisible();
  await expect(claims.getByRole("heading", { name: DRAFT })).toHaveCount(0);
  await rv.getByRole("link", { name: "Internal version (includes unapproved)" }).click();
  await expect(rv.getByRole("note").filter({ hasText: "Internal – includes unapproved verdicts" })).toBeVisible();
  await expect(rv.locator(".report-claim", { hasText: DRAFT }).getByText("Not approved (draft)")).toBeVisible();
  await screenshot(rv, "report-preview-internal", testInfo);
  await rv.getByRole("link", { name: "Published version (approved verdicts)" }).click();
  await rv.getByRole("button", { name: "Publish", exact: true }).click();
  const publicUrl = await rv.getByLabel("Public link").inputValue();
  expect(publicUrl).toMatch(/^https:\/\/factdesk\.e2e\.test\/r\/[A-Za-z0-9_-]{43}$/);
  // the link names the configured public address (PUBLIC_BASE_URL, playwright.config.ts); the test server answers it by path
  const publicPath = new URL(publicUrl).pathname;
  await screenshot(rv, "report-preview-published", testInfo);
  // printed: the report alone, without the app's header, navigation, forms or downloads
  await rv.emulateMedia({ media: "print" });
  await expect(rv.getByRole("navigation", { name: "Workspace" })).toBeHidden();
  await expect(rv.getByRole("region", { name: "Publication" })).toBeHidden();
  await screenshot(rv, "report-preview-print", testInfo);
  await rv.emulateMedia({ media: "screen" });

  // anyone with the link, signed out
  const anonymous = await browser.newContext();
  const pub = await anonymous.newPage();
  await pub.goto(publicPath);
  await expect(pub.getByRole("heading", { level: 1, name: "Fact-check: Blast at Marenburg depot" })).toBeVisible();
  await expect(pub.getByRole("heading", { name: APPROVED })).toBeVisible();
  await expect(pub.getByText(DRAFT)).toHaveCount(0);
  await expect(pub.locator("body")).not.toContainText("@factories.factdesk.test");
  await expect(pub.getByRole("navigation", { name: "Workspace" })).toHaveCount(0);
  await screenshot(pub, "report-public", testInfo);

  const downloads = pub.getByRole("region", { name: "Download" });
  const claimReview = await download(pub, () => downloads.getByRole("link", { name: "ClaimReview JSON-LD" }).click());
  expect(claimReview.name).toMatch(/^fact-check-blast-at-marenburg-depot-\d{4}-\d{2}-\d{2}\.claimreview\.jsonld$/);
  const reviews = JSON.parse(claimReview.bytes.toString("utf8")) as unknown[];
  expect(reviews).toHaveLength(1);
  expect(validateClaimReview(reviews[0])).toMatchObject({ valid: true, missingRequired: [] });
  expect(reviews[0]).toMatchObject({
    claimReviewed: APPROVED,
    url: expect.stringMatching(
      new RegExp(`^https://factdesk\\.e2e\\.test/fact-checks/${workspace.slug}/[a-z0-9-]+-${approved.claim.id}$`),
    ),
    reviewRating: { alternateName: "Accurate", ratingValue: 5, bestRating: 5, worstRating: 1 },
  });
  await expect(downloads.getByRole("status")).toContainText("ClaimReview JSON-LD: saved · 1 of 1 claims");

  const annotations = await download(pub, () => downloads.getByRole("link", { name: "W3C Web Annotations" }).click());
  expect(
    parseWebAnnotations(JSON.parse(annotations.bytes.toString("utf8"))).map((a) => [a.exact, a.kind, a.source]),
  ).toEqual([["killed at least 12 people", "CLAIM", "https://news.example.test/marenburg-depot-blast"]]);

  const markdown = await download(pub, () => downloads.getByRole("link", { name: "Markdown" }).click());
  expect(markdown.bytes.toString("utf8")).toContain(APPROVED);
  expect(markdown.bytes.toString("utf8")).not.toContain(DRAFT);

  const csv = await download(pub, () => downloads.getByRole("button", { name: "CSV" }).click());
  expect(csv.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(false);
  expect(csv.bytes.toString("utf8")).toMatch(/^claim_id,statement,/);
  await downloads.getByLabel("UTF-8 with BOM (for Excel)").check();
  const csvBom = await download(pub, () => downloads.getByRole("button", { name: "CSV" }).click());
  expect(csvBom.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);

  const pdf = await download(pub, () => downloads.getByRole("link", { name: "PDF" }).click());
  expect(pdf.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect((await extractPdfText(new Uint8Array(pdf.bytes))).replace(/\s+/g, " ")).toContain(APPROVED);

  // the editor corrects the approved verdict: the claim page asks for a note, the public page lists it
  await ed.goto(`/w/${workspace.slug}/claims/${approved.claim.id}`);
  await expect(ed.getByRole("note").filter({ hasText: "This claim is in a published report" })).toBeVisible();
  await ed.getByRole("button", { name: "Edit (needs review again)" }).click();
  await ed.getByLabel("Summary").fill("The city administration now counts thirteen dead.");
  await ed.getByLabel(/^Correction note/).fill("The toll rose to 13 after our first check.");
  await screenshot(ed, "claim-correction-note", testInfo);
  await ed.getByRole("button", { name: "Save new revision" }).click();
  await expect(ed.getByText(/· revision 2 ·/)).toBeVisible();
  await pub.reload();
  const corrections = pub.getByRole("region", { name: "Corrections" });
  await expect(corrections).toContainText("The toll rose to 13 after our first check.");
  await expect(corrections.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await screenshot(pub, "report-public-correction", testInfo);

  // unpublished: 404 for the page and the files; published again: the same link
  await rv.reload();
  await rv.getByRole("button", { name: "Unpublish" }).click();
  await expect(rv.getByRole("button", { name: "Publish again" })).toBeVisible();
  expect((await pub.goto(publicPath))!.status()).toBe(404);
  expect((await anonymous.request.get(`${publicPath}/download/csv`)).status()).toBe(404);
  await rv.getByRole("button", { name: "Publish again" }).click();
  await expect(rv.getByLabel("Public link")).toHaveValue(publicUrl);
  expect((await pub.goto(publicPath))!.status()).toBe(200);
  await anonymous.close();
});
