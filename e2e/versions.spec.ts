import { expect, test } from "@playwright/test";
import { createArticle, createUser, createWorkspaceWithMembers } from "./support/test-data";
import { screenshot, signIn } from "./support/pages";
import { dragSelect, waitForReader } from "./support/reader";
import { annotate } from "./support/claims";

const PASSWORD = "correct horse battery";
const V1 =
  "Flood report\n\nAt least 12 people were killed when the river burst its banks.\n\nRescue crews evacuated about 3,400 residents.";

test("a changed figure in a new version is flagged with a diff, and an orphan is re-attached", async ({
  page,
}, testInfo) => {
  const { workspace, actors } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  const actor = { ...actors.EDITOR, userId: editor.id };
  const v1 = await createArticle(actor, { text: V1, title: "Flood report" });
  const { article } = v1;
  for (const phrase of ["At least 12 people were killed", "evacuated about 3,400 residents"]) {
    await annotate(actor, v1, phrase, { kind: "CLAIM", body: `Check: ${phrase}` });
  }

  await signIn(page, editor.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/articles/${article.id}`);
  await page.getByRole("link", { name: "Import new version" }).click();
  await page
    .getByLabel("Article text")
    .fill(
      V1.replace("At least 12", "At least 19").replace(
        "Rescue crews evacuated about 3,400 residents.",
        "Schools reopen on Monday.",
      ),
    );
  await page.getByRole("button", { name: "Import version" }).click();
  await expect(page.getByRole("status")).toContainText("Version 2 imported");
  await expect(page.getByRole("status")).toContainText("Text changed: 1");
  await expect(page.getByRole("status")).toContainText("Orphaned: 1");
  await page.getByRole("link", { name: "Read the article" }).click();
  await waitForReader(page);

  await expect(page.getByTestId("article-text").locator('mark.hl[data-state="TEXT_CHANGED"]')).toHaveText(
    "At least 19 people were killed",
  );
  await page.getByTestId("article-text").locator('mark.hl[data-state="TEXT_CHANGED"]').click();
  const diff = page.getByTestId("text-diff");
  await expect(diff.locator("del")).toHaveText("12");
  await expect(diff.locator("ins")).toHaveText("19");
  await screenshot(page, "text-changed-diff", testInfo);
  await page.keyboard.press("Escape");

  await expect(page.getByText("1 annotation lost its place")).toBeVisible();
  await page
    .getByRole("complementary", { name: "Annotations" })
    .getByRole("button", { name: /evacuated about 3,400 residents/ })
    .click();
  await page.getByRole("button", { name: "Re-attach to a new selection" }).click();
  await dragSelect(page, "Schools reopen on Monday");
  await page.getByRole("button", { name: "Re-attach here" }).click();
  await expect(
    page.getByTestId("article-text").locator("mark.hl", { hasText: "Schools reopen on Monday" }),
  ).toHaveCount(1);
  await expect(page.getByText("lost its place")).toHaveCount(0);

  // version 1 is still readable, with the highlights where they were
  await page.getByLabel("Version").selectOption("1");
  await expect(page.getByText("You are reading version 1 of 2")).toBeVisible();
  await expect(
    page.getByTestId("article-text").locator("mark.hl", { hasText: "At least 12 people were killed" }),
  ).toHaveCount(1);
  await expect(page.getByTestId("article-text")).toHaveAttribute("lang", "en");

  // an Arabic article reads right to left, and screen readers are told its language
  const arabic = await createArticle(actor, {
    text: "تقرير الفيضان\n\nقال المسؤولون إن اثني عشر شخصا على الأقل لقوا حتفهم.",
    title: "تقرير الفيضان",
    language: "ar",
  });
  await page.goto(`/w/${workspace.slug}/articles/${arabic.article.id}`);
  await waitForReader(page);
  await expect(page.getByTestId("article-text")).toHaveAttribute("lang", "ar");
  await expect(page.getByTestId("article-text")).toHaveAttribute("dir", "rtl");
  expect(await page.getByTestId("article-text").evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
  await screenshot(page, "right-to-left-article", testInfo);
});
