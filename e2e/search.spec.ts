import { expect, test, type Locator, type Page } from "@playwright/test";
import { createArticle, createUser } from "./support/test-data";
import { screenshot, signIn } from "./support/pages";
import { createNewsroom } from "../test/support/search-newsroom";

const PASSWORD = "search journey password";

/** Presses Tab until `target` has the focus (keyboard only; fails after `max` presses). */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach ${target} with Tab`);
}

test("search from any page with the keyboard: highlighted results, a filter, then open a result", async ({
  page,
}, testInfo) => {
  const newsroom = await createNewsroom();
  const editor = await createUser({
    workspaceId: newsroom.workspace.id,
    role: "EDITOR",
    password: PASSWORD,
    name: "Sam Searcher",
  });
  await signIn(page, editor.email, PASSWORD);
  await page.goto(`/w/${newsroom.workspace.slug}`);

  // Ctrl+K from the overview focuses the search field in the navigation bar
  const box = page.getByRole("search", { name: "Search this workspace" }).getByRole("searchbox", { name: "Search" });
  await expect(page.locator('form[role="search"][data-hydrated="true"]')).toHaveCount(1);
  await page.keyboard.press("Control+k");
  await expect(box).toBeFocused();
  await page.keyboard.type("toll OR strike");
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/search\?q=toll\+OR\+strike$/);
  await expect(page.getByRole("heading", { name: "Search", level: 1 })).toBeVisible();
  const articles = page.getByRole("region", { name: /^Articles/ });
  const notes = page.getByRole("region", { name: /^Notes/ });
  await expect(articles.getByRole("link", { name: /Missile strike on Kyïv/ })).toBeVisible();
  await expect(articles.locator("mark", { hasText: "strike" }).first()).toBeVisible();
  await expect(notes.locator("mark", { hasText: "toll" }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Notes (2)" })).toBeVisible();
  await screenshot(page, "search-results", testInfo);

  // a filter, typed into its field and sent with Enter: articles have no tags, so only the tagged note and its claim remain
  await tabTo(page, page.getByLabel("Tag"));
  await page.keyboard.type("casualties");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/tag=casualties/);
  await expect(articles).toContainText("Articles have no verdict, tag or anchor");
  await expect(notes.getByRole("listitem")).toHaveCount(1);
  await expect(notes).toContainText("Check the toll against the city statement.");
  const claims = page.getByRole("region", { name: /^Claims/ });
  await expect(claims).toContainText("Accurate · Approved");
  await screenshot(page, "search-filtered", testInfo);

  // a note result opens its article with that note open
  await notes.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/articles\/[^/?]+\?annotation=/);
  await expect(page.getByRole("complementary", { name: "Annotations" })).toContainText(
    "Check the toll against the city statement.",
  );
  await page.goBack();

  // open the claim with the keyboard
  const claimLink = claims.getByRole("link", { name: "At least 12 people were killed in the strike on Kyiv" });
  await tabTo(page, claimLink);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/claims/${newsroom.claims.accurate.id}$`));
  await expect(
    page.getByRole("heading", { name: "At least 12 people were killed in the strike on Kyiv" }),
  ).toBeVisible();
});

test("bad searches get a message on the page, not an error", async ({ page }, testInfo) => {
  const newsroom = await createNewsroom();
  const viewer = await createUser({ workspaceId: newsroom.workspace.id, role: "VIEWER", password: PASSWORD });
  await signIn(page, viewer.email, PASSWORD);

  const base = `/w/${newsroom.workspace.slug}/search`;
  const onlyExclusions = await page.goto(`${base}?q=-drone`);
  expect(onlyExclusions?.status()).toBe(200);
  await expect(page.locator("main").getByRole("alert")).toContainText("Search for at least one word.");
  await expect(page.getByText("Add a word to look for")).toBeVisible();

  await page.goto(`${base}?q=strike&from=2024-02-30&page=0`);
  await expect(page.getByText("Enter the from date as YYYY-MM-DD.")).toBeVisible();
  await expect(page.getByLabel("From")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("main").getByRole("alert")).toContainText("Page: Pages start at 1.");
  await screenshot(page, "search-bad-input", testInfo);

  // a viewer may not filter by unapproved review states
  await page.goto(`${base}?q=strike&status=DRAFT`);
  await expect(page.getByText("Your role sees approved verdicts only.")).toBeVisible();
  await expect(page.getByLabel("Review state")).toHaveAttribute("aria-invalid", "true");

  // an empty search sent from the search box
  await expect(page.locator('form[role="search"][data-hydrated="true"]')).toHaveCount(1);
  await page.keyboard.press("Control+k");
  await page.keyboard.press("Delete");
  await page.keyboard.press("Enter");
  await expect(page.getByText("Type a word or phrase to search for.")).toBeVisible();
});

test("the outlet filter suggests any of the workspace's outlets as one types, past the first ones it offers", async ({
  page,
}, testInfo) => {
  const newsroom = await createNewsroom();
  // 25 more outlets: with the newsroom's three, the page offers the first 20 and "Zz Wire 25" only when typed
  for (let n = 1; n <= 25; n++)
    await createArticle(newsroom.actors.EDITOR, {
      title: `Wire story ${n}`,
      outlet: `Zz Wire ${String(n).padStart(2, "0")}`,
    });
  const viewer = await createUser({ workspaceId: newsroom.workspace.id, role: "VIEWER", password: PASSWORD });
  await signIn(page, viewer.email, PASSWORD);
  await page.goto(`/w/${newsroom.workspace.slug}/search?q=strike`);

  const field = page.getByRole("combobox", { name: "Outlet" });
  const suggestions = page.getByTestId("outlet-suggestions").locator("option");
  await expect(field).toHaveAccessibleDescription("Type part of its name to see matching outlets");
  await expect(suggestions).toHaveCount(20);
  await expect(page.getByTestId("outlet-suggestions").locator('option[value="Zz Wire 25"]')).toHaveCount(0);

  await tabTo(page, field);
  await page.keyboard.type("WIRE 2");
  await expect(page.getByRole("status").filter({ hasText: "outlets suggested" })).toHaveText("6 outlets suggested.");
  await expect(suggestions).toHaveCount(6);
  await expect(suggestions.last()).toHaveAttribute("value", "Zz Wire 25");
  await page.keyboard.type("5");
  await expect(page.getByRole("status").filter({ hasText: "outlet suggested" })).toHaveText("1 outlet suggested.");
  await screenshot(page, "search-outlet-suggestions", testInfo);

  // the filter's parameter is still the whole name, sent with the search form
  await field.fill("Kyiv Courier");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]outlet=Kyiv\+Courier/);
  await expect(
    page.getByRole("region", { name: /^Articles/ }).getByRole("link", { name: /Missile strike on Kyïv/ }),
  ).toBeVisible();
  await expect(field).toHaveValue("Kyiv Courier");
});
