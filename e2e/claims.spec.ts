import { expect, test, type Browser, type Page } from "@playwright/test";
import { createArticle, createUser, createWorkspaceWithMembers } from "./support/test-data";
import { screenshot, signIn } from "./support/pages";
import { waitForReader } from "./support/reader";
import { expectFocusOffBody } from "./support/focus";
import { readTestArticle } from "../test/articles/test-articles";

const PASSWORD = "correct horse battery";

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, PASSWORD);
  return page;
}

/** Keyboard path: "/" finds and selects the phrase, "c" marks it as a claim. */
async function markClaim(page: Page, phrase: string): Promise<void> {
  await waitForReader(page);
  await page.keyboard.press("/");
  await page.keyboard.type(phrase);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("selected-text")).toHaveText(phrase);
  await page.keyboard.press("c");
  await page.getByRole("button", { name: "Save claim" }).click();
  // the focus moves to the new highlight (its toolbar is gone)
  await expect(page.getByTestId("article-text").locator("mark.hl", { hasText: phrase }).first()).toBeFocused();
  await expectFocusOffBody(page);
  await page.getByTestId("article-text").locator("mark.hl", { hasText: phrase }).first().click();
}

test("one claim in two outlets' articles, a verdict with evidence, changes requested, revised, approved", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
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
  const a = await createArticle(actors.EDITOR, {
    title: "Marenburg blast (radio)",
    text: readTestArticle("depot-blast-radio"),
  });
  const b = await createArticle(actors.EDITOR, {
    title: "Marenburg blast (Northwire)",
    text: readTestArticle("depot-blast-northwire"),
  });

  // the editor marks the figure in article A and creates the claim, with the value parsed from the text
  const ed = await signedIn(browser, editor.email);
  await ed.goto(`/w/${workspace.slug}/articles/${a.article.id}`);
  await markClaim(ed, "at least 12 dead");
  await ed.getByRole("button", { name: "Create claim" }).click();
  await expect(ed.getByLabel("Statement (normalized)")).toBeFocused();
  await expect(ed.getByLabel("Qualifier")).toHaveValue("AT_LEAST");
  await expect(ed.getByLabel("Value", { exact: true })).toHaveValue("12");
  await ed
    .getByLabel("Statement (normalized)")
    .fill("At least 12 people were killed in the overnight blast at the Marenburg depot");
  await ed.getByLabel("Claimant").fill("Ukrainian officials");
  await ed.getByLabel("Event", { exact: true }).fill("Overnight blast at the Marenburg depot");
  await ed.getByRole("form", { name: "Create claim" }).getByRole("button", { name: "Save claim" }).click();
  await expect(
    ed.getByRole("link", { name: "At least 12 people were killed in the overnight blast at the Marenburg depot" }),
  ).toBeVisible();
  // the new claim's link sits under the passage's "Claim" heading, which takes the focus
  await expect(ed.getByTestId("annotation-panel").getByRole("heading", { name: "Claim", exact: true })).toBeFocused();
  await expectFocusOffBody(ed);

  // the claim page already suggests the same figure in article B (nothing linked yet)
  await ed
    .getByRole("link", { name: "At least 12 people were killed in the overnight blast at the Marenburg depot" })
    .click();
  await expect(ed.getByRole("region", { name: "Possibly the same claim elsewhere" })).toContainText(
    "killed at least 12 people and injured 90 others",
  );
  await expect(ed.getByRole("heading", { name: "Appearances (1)" })).toBeVisible();

  // … and the editor links the same figure in article B to it
  await ed.goto(`/w/${workspace.slug}/articles/${b.article.id}`);
  await markClaim(ed, "killed at least 12 people");
  await ed.getByRole("button", { name: "Link to existing claim" }).click();
  await ed.getByRole("searchbox", { name: "Search claims" }).fill("overnight blast");
  await ed.getByRole("button", { name: /At least 12 people were killed/ }).click();
  await ed
    .getByRole("link", { name: "At least 12 people were killed in the overnight blast at the Marenburg depot" })
    .click();
  await expect(ed.getByRole("heading", { name: "Appearances (2)" })).toBeVisible();

  // a verdict with evidence, submitted for review
  await ed.getByRole("button", { name: "Write a verdict" }).click();
  // focus follows the work: into the new form, then to the saved verdict (never left on <body>)
  await expect(ed.locator("#new-verdict-heading")).toBeFocused();
  await ed.getByLabel("Rating").selectOption("ACCURATE");
  await ed.getByLabel("Summary").fill("Both outlets cite the same toll; the city administration confirmed 12 deaths.");
  await ed.getByLabel("Source URL").fill("https://marenburg.example.gov/statement");
  await ed.getByLabel("Title", { exact: true }).fill("City administration statement");
  await ed.getByLabel("Quoted passage").fill("12 people were killed");
  await ed.getByLabel("Primary source").check();
  await ed.getByRole("button", { name: "Save draft" }).click();
  await expect(ed.locator('h3[id^="verdict-"]')).toBeFocused();
  await ed.getByRole("button", { name: "Submit for review" }).click();
  await expect(ed.getByText("Awaiting review")).toBeVisible();
  // the button gave way to "Withdraw": the focus stays with the verdict
  await expect(ed.locator('h3[id^="verdict-"]')).toBeFocused();
  await expectFocusOffBody(ed);
  await screenshot(ed, "claim-two-appearances", testInfo);

  // the reviewer requests changes from the keyboard, with a reason
  const rv = await signedIn(browser, reviewer.email);
  await rv.goto(`/w/${workspace.slug}/review`);
  await expect(rv.locator(".queue-item")).toHaveCount(1);
  await expect(rv.getByRole("list", { name: "Verdicts awaiting review" })).toHaveAttribute("data-hydrated", "true");
  await rv.keyboard.press("j");
  await rv.keyboard.press("c");
  await rv.keyboard.type("Name the date and time of the administration's count.");
  await rv.keyboard.press("Tab"); // Approve
  await rv.keyboard.press("Tab"); // Request changes
  await rv.keyboard.press("Enter");
  await expect(rv.getByRole("heading", { name: "Nothing to review" })).toBeVisible();
  await expect(rv.getByRole("heading", { name: "Nothing to review" })).toBeFocused();
  await expectFocusOffBody(rv);

  // the editor sees why, revises, and resubmits
  await ed.goto(`/w/${workspace.slug}/review`);
  await expect(ed.getByRole("table")).toContainText("Name the date and time of the administration's count.");
  await ed.getByRole("link", { name: /At least 12 people were killed/ }).click();
  // the reason sits above the verdict, in full, not only in its collapsed history
  await expect(ed.getByRole("region", { name: "Reviewer's reason" })).toContainText(
    "Name the date and time of the administration's count.",
  );
  await ed.getByRole("button", { name: "Edit" }).click();
  await ed
    .getByLabel("Summary")
    .fill("Both outlets cite the same toll; the city administration confirmed 12 deaths on 24 April at 09:00.");
  await ed.getByRole("button", { name: "Save new revision" }).click();
  await expect(ed.locator('h3[id^="verdict-"]')).toBeFocused();
  await expectFocusOffBody(ed);
  await ed.getByRole("button", { name: "Submit for review" }).click();
  await expect(ed.getByText("Awaiting review")).toBeVisible();
  await expect(ed.locator('h3[id^="verdict-"]')).toBeFocused();

  // the reviewer approves with one key
  await rv.goto(`/w/${workspace.slug}/review`);
  await expect(rv.getByRole("list", { name: "Verdicts awaiting review" })).toHaveAttribute("data-hydrated", "true");
  await rv.keyboard.press("j");
  await rv.keyboard.press("a");
  await expect(rv.getByRole("heading", { name: "Nothing to review" })).toBeVisible();
  await expect(rv.getByRole("heading", { name: "Nothing to review" })).toBeFocused();

  await ed.reload();
  await expect(ed.getByText("Approved", { exact: true })).toBeVisible();
  await ed.getByText(/History: 2 revisions, 2 reviews/).click();
  await expect(ed.locator(".diff ins").first()).toContainText("24 April");
  await screenshot(ed, "verdict-history", testInfo);
});
