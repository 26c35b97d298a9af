import { expect, test, type Page } from "@playwright/test";
import {
  createArticle,
  createClaimRecord,
  createUser,
  createVerdictRecord,
  createWorkspaceWithMembers,
  db,
} from "./support/test-data";
import { screenshot, signIn } from "./support/pages";

const PASSWORD = "correct horse battery";
const pad = (n: number) => String(n).padStart(2, "0");

/** 60 articles (55 from one outlet) and 60 claims (55 by one claimant), imported a minute apart: more than one page of each. */
async function deskWithLongLists() {
  const { workspace, actors } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  const start = Date.parse("2025-01-01T08:00:00Z");
  for (let n = 1; n <= 60; n++) {
    const { article } = await createArticle(actors.EDITOR, {
      title: `Paging article ${pad(n)}`,
      outlet: n % 12 === 0 ? "Northwire" : "Kyiv Post",
    });
    await db.article.update({ where: { id: article.id }, data: { createdAt: new Date(start + n * 60_000) } });
    await createClaimRecord(actors.EDITOR, {
      statement: `Paging claim ${pad(n)}`,
      claimant: n % 12 === 0 ? "Harbour mayor" : "Odesa police",
      createdAt: new Date(start + n * 60_000),
    });
  }
  return { workspace, editor };
}

const rows = (page: Page, table: RegExp) => page.getByRole("table", { name: table }).locator("tbody tr");

test("long lists page to their last row, and sort and filters survive paging", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const { workspace, editor } = await deskWithLongLists();
  await signIn(page, editor.email, PASSWORD);

  // articles: 50 newest, then the last 10 on the next page, oldest last
  await page.goto(`/w/${workspace.slug}/articles`);
  await expect(rows(page, /^Articles/)).toHaveCount(50);
  await expect(rows(page, /^Articles/).first()).toContainText("Paging article 60");
  await page
    .getByRole("navigation", { name: "Pagination" })
    .getByRole("link", { name: "Next page of articles" })
    .click();
  await expect(rows(page, /^Articles/)).toHaveCount(10);
  await expect(rows(page, /^Articles/).last()).toContainText("Paging article 01");
  await expect(page.getByRole("navigation", { name: "Pagination" })).toContainText("No more articles.");
  // back to the page before: exactly the first 50 again, and it knows it is the first page
  await page
    .getByRole("navigation", { name: "Pagination" })
    .getByRole("link", { name: "Previous page of articles" })
    .click();
  await expect(rows(page, /^Articles/)).toHaveCount(50);
  await expect(rows(page, /^Articles/).first()).toContainText("Paging article 60");
  await expect(rows(page, /^Articles/).last()).toContainText("Paging article 11");
  await expect(page.getByRole("link", { name: "Previous page of articles" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "First page" })).toHaveCount(0);
  await page.getByRole("link", { name: "Next page of articles" }).click();
  await expect(rows(page, /^Articles/)).toHaveCount(10);
  await expect(rows(page, /^Articles/).first()).toContainText("Paging article 10");
  await page.getByRole("link", { name: "First page" }).click();
  await expect(rows(page, /^Articles/).first()).toContainText("Paging article 60");

  // sort by title and filter by outlet with the form; the next page keeps both (and says so)
  const articleControls = page.getByRole("search", { name: "Sort and filter articles" });
  await articleControls.getByLabel("Sort by").selectOption({ label: "Title A–Z" });
  await articleControls.getByLabel("Outlet contains").fill("kyiv");
  await articleControls.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(page.getByRole("table", { name: /sorted by title A–Z; outlet contains “kyiv”/ })).toBeVisible();
  await expect(rows(page, /^Articles/)).toHaveCount(50);
  await expect(rows(page, /^Articles/).first()).toContainText("Paging article 01");
  await screenshot(page, "articles-sorted-and-filtered", testInfo);
  await page.getByRole("link", { name: "Next page of articles" }).click();
  await expect(page).toHaveURL(/\?sort=title&outlet=kyiv&cursor=/);
  await expect(page.getByRole("search", { name: "Sort and filter articles" }).getByLabel("Sort by")).toHaveValue(
    "title",
  );
  await expect(
    page.getByRole("search", { name: "Sort and filter articles" }).getByLabel("Outlet contains"),
  ).toHaveValue("kyiv");
  await expect(rows(page, /^Articles/)).toHaveCount(5);
  await expect(rows(page, /^Articles/).last()).toContainText("Paging article 59");
  await expect(page.getByRole("table", { name: /^Articles/ })).not.toContainText("Northwire");
  // the previous page keeps the sort and the filter in the address too
  await page.getByRole("link", { name: "Previous page of articles" }).click();
  await expect(page).toHaveURL(/\?sort=title&outlet=kyiv&cursor=/);
  await expect(page.getByRole("table", { name: /sorted by title A–Z; outlet contains “kyiv”/ })).toBeVisible();
  await expect(rows(page, /^Articles/)).toHaveCount(50);
  await expect(rows(page, /^Articles/).first()).toContainText("Paging article 01");
  await expect(page.getByRole("table", { name: /^Articles/ })).not.toContainText("Northwire");
  await expect(page.getByRole("link", { name: "Previous page of articles" })).toHaveCount(0);

  // claims: oldest first, filtered by claimant; the next page holds the newest ones
  await page.goto(`/w/${workspace.slug}/claims`);
  await expect(rows(page, /^Claims/)).toHaveCount(50);
  const claimControls = page.getByRole("search", { name: "Sort and filter claims" });
  await claimControls.getByLabel("Sort by").selectOption({ label: "Oldest" });
  await claimControls.getByLabel("Verdict").selectOption({ label: "No verdict yet" });
  await claimControls.getByLabel("Claimant contains").fill("police");
  await claimControls.getByRole("button", { name: "Apply" }).click();
  await expect(rows(page, /^Claims/).first()).toContainText("Paging claim 01");
  await page.getByRole("link", { name: "Next page of claims" }).click();
  await expect(
    page.getByRole("table", { name: /sorted by oldest; verdict: no verdict yet; claimant contains “police”/ }),
  ).toBeVisible();
  await expect(rows(page, /^Claims/)).toHaveCount(5);
  await expect(rows(page, /^Claims/).last()).toContainText("Paging claim 59");
  await expect(page.getByRole("table", { name: /^Claims/ })).not.toContainText("Harbour mayor");
});

test("an edited page address shows the not-found page, never an error", async ({ page }) => {
  const { workspace } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  await signIn(page, editor.email, PASSWORD);
  for (const list of ["articles", "claims", "review", "conflicts", "reports"]) {
    const response = await page.goto(`/w/${workspace.slug}/${list}?cursor=not-one-of-ours`);
    // 404 when the page is refused before streaming starts; under the workspace's loading boundary the status line is already sent (200), the page is the same
    expect(response?.status(), list).toBeLessThan(500);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

test("an editor's reviewed verdicts page beside the review queue, each list keeping its own place", async ({
  page,
}) => {
  const { workspace, actors } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  const author = { workspaceId: workspace.id, userId: editor.id };
  const start = Date.parse("2025-01-01T08:00:00Z");
  for (let n = 1; n <= 21; n++) {
    const claim = await createClaimRecord(author, { statement: `Reviewed claim ${pad(n)}` });
    const verdict = await createVerdictRecord(author, claim.id, {
      status: "REJECTED",
      updatedAt: new Date(start + n * 60_000),
    });
    const revision = await db.verdictRevision.findFirstOrThrow({ where: { verdictId: verdict.id } });
    await db.review.create({
      data: {
        workspaceId: workspace.id,
        verdictId: verdict.id,
        revisionId: revision.id,
        reviewerId: actors.REVIEWER.userId,
        decision: "REJECT",
        reason: "Sources disagree.",
      },
    });
  }
  await signIn(page, editor.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/review`);
  const mine = page.getByRole("region", { name: "What reviewers said about your verdicts" });
  await expect(mine.locator("tbody tr")).toHaveCount(20);
  await expect(mine.locator("tbody tr").first()).toContainText("Reviewed claim 21");
  await expect(mine).toContainText("21 of your verdicts have been reviewed");
  await mine.getByRole("link", { name: "Next page of your reviewed verdicts" }).click();
  await expect(mine.locator("tbody tr")).toHaveCount(1);
  await expect(mine.locator("tbody tr")).toContainText("Reviewed claim 01");
  await expect(page).toHaveURL(/[?&]mine=/);
  await mine.getByRole("link", { name: "Previous page of your reviewed verdicts" }).click();
  await expect(mine.locator("tbody tr")).toHaveCount(20);

  const edited = await page.goto(`/w/${workspace.slug}/review?mine=not-one-of-ours`);
  expect(edited?.status()).toBeLessThan(500);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
