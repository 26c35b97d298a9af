/**
 * Live updates across two app instances: the Playwright web server (A) and a
 * second `next start` (B) on another port, sharing one PostgreSQL, as two
 * instances behind a load balancer would. Changes made through A reach a
 * browser on B (and back) through LISTEN/NOTIFY, and each sees who else reads.
 */
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { expect, request as apiRequest, test, type Browser, type Page } from "@playwright/test";
import { freePort } from "../scripts/free-port";
import { createArticle, createUser, createWorkspaceWithMembers } from "./support/test-data";
import { screenshot, signIn } from "./support/pages";
import { dragSelect, waitForReader } from "./support/reader";
import { articleWithClaim } from "./support/claims";

const PASSWORD = "correct horse battery";
const TEXT =
  "Storm report\n\nAt least 12 people died in the flooding on Tuesday, officials said.\n\nThe mayor promised 40 million euros for repairs.";

let serverB: ChildProcess;
let baseB: string;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  const port = await freePort();
  baseB = `http://127.0.0.1:${port}`;
  // same build, database and secret as server A (playwright.config.ts, e2e/support/serve.ts)
  serverB = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
    detached: true, // its own process group, so stopping it stops whatever it started
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL,
      NEXTAUTH_URL: baseB,
      NEXTAUTH_SECRET: process.env.E2E_NEXTAUTH_SECRET,
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  await expect
    .poll(async () => (await fetch(`${baseB}/signin`).catch(() => null))?.status ?? 0, {
      timeout: 60_000,
      intervals: [250],
    })
    .toBe(200);
});

test.afterAll(async () => {
  if (!serverB?.pid || serverB.exitCode !== null) return;
  const exited = new Promise((resolve) => serverB.once("exit", resolve));
  process.kill(-serverB.pid, "SIGTERM");
  const timer = setTimeout(() => serverB.pid && process.kill(-serverB.pid, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
});

async function signedIn(browser: Browser, baseURL: string, email: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, email, PASSWORD);
  return page;
}

/**
 * Listens (from now) for the next change notification of this kind in the
 * workspace; `at` resolves with the time PostgreSQL delivered it, i.e. its commit.
 */
async function nextCommit(workspaceId: string, entityType: string): Promise<{ at: Promise<number> }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const at = new Promise<number>((resolve) => {
    client.on("notification", (message) => {
      const change = JSON.parse(message.payload ?? "{}") as { workspaceId?: string; entityType?: string };
      if (change.workspaceId === workspaceId && change.entityType === entityType) resolve(Date.now());
    });
  }).finally(() => client.end());
  await client.query("LISTEN factdesk_change");
  return { at };
}

/**
 * Starts watching the page (once this resolves, the watch is installed); `at`
 * resolves with the time, on the same machine's clock, at which a highlight
 * containing `phrase` first shows.
 */
async function watchForHighlight(page: Page, phrase: string): Promise<{ at: Promise<number> }> {
  await page.evaluate((phrase) => {
    const shown = () =>
      [...document.querySelectorAll('[data-testid="article-text"] mark.hl')].some((mark) =>
        mark.textContent?.includes(phrase),
      );
    (window as unknown as { shownAt: Promise<number> }).shownAt = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        observer.disconnect();
        resolve(Date.now());
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, phrase);
  return { at: page.evaluate(() => (window as unknown as { shownAt: Promise<number> }).shownAt) };
}

const presence = (page: Page) => page.getByRole("list", { name: "Also viewing" });
const live = (page: Page) => page.getByTestId("live");

test("an annotation made through server A appears within a second for a reader on server B, with both readers shown as present", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const { workspace, actors } = await createWorkspaceWithMembers();
  const ana = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD, name: "Ana Alves" });
  const ben = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD, name: "Ben Brandt" });
  const { article } = await createArticle(actors.EDITOR, { title: "Storm report", text: TEXT });
  const path = `/w/${workspace.slug}/articles/${article.id}`;

  const pageA = await signedIn(browser, baseURL!, ana.email);
  const pageB = await signedIn(browser, baseB, ben.email);
  await pageA.goto(path);
  await pageB.goto(path);
  await Promise.all([waitForReader(pageA), waitForReader(pageB)]);
  await expect(live(pageA)).toHaveAttribute("data-live-state", "open");
  await expect(live(pageB)).toHaveAttribute("data-live-state", "open");

  // presence across instances: each sees the other, not themselves
  await expect(presence(pageA).getByRole("listitem")).toHaveText([/Ben Brandt$/]);
  await expect(presence(pageB).getByRole("listitem")).toHaveText([/Ana Alves$/]);

  // Ana annotates through server A; Ben's reader on server B shows it within a second
  const phrase = "At least 12 people died";
  await dragSelect(pageA, phrase);
  await pageA.getByRole("button", { name: "Note", exact: true }).click();
  await pageA.getByLabel("Note (Markdown)").fill("Police said 12, the city says 14.");
  // the clock starts at the commit (when PostgreSQL delivers its notification) and stops when B's page shows the highlight
  const commit = await nextCommit(workspace.id, "Annotation");
  const shownOnB = await watchForHighlight(pageB, phrase);
  const clicked = Date.now();
  await pageA.getByRole("button", { name: "Save note" }).click();
  const [committedAt, shownAt] = await Promise.all([commit.at, shownOnB.at]);
  const latency = shownAt - committedAt;
  testInfo.annotations.push({ type: "commit → visible on B (ms)", description: String(latency) });
  console.log(`[live e2e] click on A → commit ${committedAt - clicked} ms; commit → highlight on B ${latency} ms`);
  expect(latency).toBeLessThan(1_000);
  await expect(pageA.getByTestId("article-text").locator("mark.hl", { hasText: phrase })).toHaveCount(1);
  await expect(pageB.getByRole("complementary", { name: "Annotations" }).getByRole("listitem")).toHaveCount(1);
  await screenshot(pageB, "live-server-b-sees-annotation", testInfo);

  // and back: Ben replies through server B while Ana has the note open on server A
  await pageA.getByTestId("article-text").locator("mark.hl", { hasText: phrase }).click();
  await expect(pageA.getByTestId("annotation-panel")).toContainText("Police said 12");
  await pageB
    .getByRole("complementary", { name: "Annotations" })
    .getByRole("button", { name: new RegExp(phrase) })
    .click();
  await pageB
    .getByTestId("annotation-panel")
    .getByRole("textbox", { name: "Reply" })
    .fill("The city's count is 14 as of Wednesday.");
  await pageB.getByTestId("annotation-panel").getByRole("button", { name: "Post reply" }).click();
  await expect(pageA.getByTestId("annotation-panel")).toContainText("The city's count is 14 as of Wednesday.", {
    timeout: 2_000,
  });
  await screenshot(pageA, "live-server-a-sees-reply-and-presence", testInfo);

  // Ben leaves: Ana's list empties and the departure is announced politely
  await pageB.goto(`/w/${workspace.slug}/articles`);
  await expect(pageA.getByTestId("presence")).toContainText("nobody else");
  await expect(pageA.getByTestId("presence").locator("[aria-live=polite]")).toHaveText("Ben Brandt left.");
  await pageA.context().close();
  await pageB.context().close();
});

test("a verdict submitted through server A enters the review queue on server B, and B's approval reaches A's claim page", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const { workspace } = await createWorkspaceWithMembers();
  const ana = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD, name: "Ana Alves" });
  const rita = await createUser({
    workspaceId: workspace.id,
    role: "REVIEWER",
    password: PASSWORD,
    name: "Rita Reviewer",
  });
  const anaActor = { userId: ana.id, workspaceId: workspace.id, role: "EDITOR" as const };
  const { claim } = await articleWithClaim(
    anaActor,
    { title: "Storm report", text: TEXT },
    "At least 12 people died",
    { statement: "At least 12 people died in the flooding" },
    { kind: "CLAIM" },
  );

  const editor = await signedIn(browser, baseURL!, ana.email);
  const reviewer = await signedIn(browser, baseB, rita.email);
  await editor.goto(`/w/${workspace.slug}/claims/${claim.id}`);
  await reviewer.goto(`/w/${workspace.slug}/review`);
  await expect(reviewer.getByRole("heading", { name: "Nothing to review" })).toBeVisible();
  await expect(live(editor)).toHaveAttribute("data-live-state", "open");
  await expect(live(reviewer)).toHaveAttribute("data-live-state", "open");

  await editor.getByRole("button", { name: "Write a verdict" }).click();
  await editor.getByLabel("Rating").selectOption("ACCURATE");
  await editor.getByLabel("Summary").fill("The regional police confirmed twelve deaths on Wednesday.");
  await editor.getByLabel("Source URL").fill("https://police.example.gov/statement");
  await editor.getByLabel("Title", { exact: true }).fill("Police statement");
  await editor.getByRole("button", { name: "Save draft" }).click();
  await editor.getByRole("button", { name: "Submit for review" }).click();
  await expect(reviewer.locator(".queue-item")).toHaveCount(1, { timeout: 2_000 });
  await screenshot(reviewer, "live-review-queue-on-b", testInfo);

  // the queue arrived by a live refresh: its keys work once the list has hydrated (a key pressed before is lost)
  await expect(reviewer.getByRole("list", { name: "Verdicts awaiting review" })).toHaveAttribute(
    "data-hydrated",
    "true",
  );
  await reviewer.keyboard.press("j");
  await reviewer.keyboard.press("a");
  await expect(reviewer.getByRole("heading", { name: "Nothing to review" })).toBeVisible();
  await expect(editor.getByText("Approved", { exact: true })).toBeVisible({ timeout: 2_000 });
  await screenshot(editor, "live-claim-approved-on-a", testInfo);
  await editor.context().close();
  await reviewer.context().close();
});

test("the stream refuses anonymous visitors (401) and non-members (404)", async ({ browser, baseURL }) => {
  const { workspace } = await createWorkspaceWithMembers();
  const outsiderWs = await createWorkspaceWithMembers();
  const outsider = await createUser({ workspaceId: outsiderWs.workspace.id, role: "ADMIN", password: PASSWORD });
  const url = `/api/live/${workspace.slug}?topic=review`;

  const anonymous = await apiRequest.newContext({ baseURL: baseURL! });
  expect((await anonymous.get(url)).status()).toBe(401);
  await anonymous.dispose();

  const page = await signedIn(browser, baseB, outsider.email);
  expect((await page.request.get(`${baseB}${url}`)).status()).toBe(404);
  await page.context().close();
});
