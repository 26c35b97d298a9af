import { expect, test } from "@playwright/test";
import { createArticle, createUser, createWorkspaceWithMembers } from "./support/test-data";
import { screenshot, signIn } from "./support/pages";
import { dragSelect, waitForReader } from "./support/reader";
import { expectFocusOffBody } from "./support/focus";
import { readTestArticle, testArticlePath } from "../test/articles/test-articles";

const PASSWORD = "correct horse battery";

async function editorInNewWorkspace(page: import("@playwright/test").Page) {
  const { workspace } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  await signIn(page, editor.email, PASSWORD);
  return { workspace, editor };
}

test("an editor uploads an article file, highlights with the mouse, overlaps, and finds it all after a reload", async ({
  page,
}, testInfo) => {
  const { workspace } = await editorInNewWorkspace(page);
  await page.goto(`/w/${workspace.slug}/articles`);
  await page.getByRole("link", { name: "Import an article" }).click();
  await page.getByLabel("Upload a file").check();
  await page.getByLabel("File", { exact: true }).setInputFiles(testArticlePath("depot-blast-northwire"));
  await expect(page.getByLabel(/^Title/)).toHaveValue(/^MARENBURG, April 24/);
  await page.getByLabel(/^Title/).fill("Blast at Marenburg depot");
  await page.getByLabel("Outlet").fill("Northwire");
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Blast at Marenburg depot" })).toBeVisible();
  await waitForReader(page);

  await dragSelect(page, "killed at least 12 people");
  await page.getByRole("button", { name: "Note", exact: true }).click();
  await page.getByLabel("Note (Markdown)").fill("Compare with the **city administration's** count.");
  await page.getByLabel("Tags").fill("casualties, kyiv");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(
    page.getByTestId("article-text").locator("mark.hl", { hasText: "killed at least 12 people" }),
  ).toHaveCount(1);
  // the toolbar that held the focus is gone: it moves to the new highlight
  await expect(
    page.getByTestId("article-text").locator("mark.hl", { hasText: "killed at least 12 people" }),
  ).toBeFocused();
  await expectFocusOffBody(page);

  // an overlapping claim: shared words get darker shading
  await dragSelect(page, "12 people and injured 90 others");
  await page.getByRole("button", { name: "Claim", exact: true }).click();
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(
    page.getByTestId("article-text").locator('mark.hl[data-depth="2"]', { hasText: "12 people" }),
  ).toHaveCount(1);
  // the new claim's first highlight is the overlap
  await expect(
    page.getByTestId("article-text").locator('mark.hl[data-depth="2"]', { hasText: "12 people" }),
  ).toBeFocused();
  await expectFocusOffBody(page);
  const list = page.getByRole("complementary", { name: "Annotations" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await screenshot(page, "reader-overlap", testInfo);

  await page.reload();
  await waitForReader(page);
  await expect(
    page.getByTestId("article-text").locator('mark.hl[data-depth="2"]', { hasText: "12 people" }),
  ).toHaveCount(1);
  await list.getByRole("button", { name: /killed at least 12 people/ }).click();
  const panel = page.getByTestId("annotation-panel");
  await expect(panel.getByText("city administration's")).toBeVisible();
  await expect(panel.locator("strong")).toHaveText("city administration's");

  await panel.getByRole("textbox", { name: "Reply" }).fill("The city says 14.");
  await panel.getByRole("button", { name: "Post reply" }).click();
  await expect(panel.getByText("The city says 14.")).toBeVisible();
});

test("pasting the text never replaces a title the editor typed; an empty title is offered the first line", async ({
  page,
}) => {
  const { workspace } = await editorInNewWorkspace(page);
  await page.goto(`/w/${workspace.slug}/articles/new`);
  const title = page.getByLabel(/^Title/);
  const text = page.getByLabel("Article text");
  await title.fill("My own headline");
  await text.fill("First paragraph that is not a title.\n\nSecond paragraph.");
  await page.getByLabel("Outlet").click(); // leaving the text box
  await expect(title).toHaveValue("My own headline");
  await title.fill("");
  await text.click();
  await page.getByLabel("Outlet").click();
  await expect(title).toHaveValue("First paragraph that is not a title.");
});

test("a save that cannot reach the server keeps the typed note and says why; the retry saves it", async ({ page }) => {
  const { workspace, editor } = await editorInNewWorkspace(page);
  const { article } = await createArticle(
    { userId: editor.id, workspaceId: workspace.id },
    { title: "Offline save", text: readTestArticle("depot-blast-northwire") },
  );
  await page.goto(`/w/${workspace.slug}/articles/${article.id}`);
  await waitForReader(page);
  await dragSelect(page, "about 40 firefighters");
  await page.getByRole("button", { name: "Note", exact: true }).click();
  await page.getByLabel("Note (Markdown)").fill("Ask the brigade for the shift roster.");
  // the server action's request fails on the way, as on a dropped connection
  await page.route("**/*", (route) =>
    route.request().method() === "POST" && route.request().headers()["next-action"]
      ? route.abort("internetdisconnected")
      : route.continue(),
  );
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "could not be reached" })).toBeVisible();
  await expect(page.getByLabel("Note (Markdown)")).toHaveValue("Ask the brigade for the shift roster.");
  await page.unrouteAll();
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByTestId("article-text").locator("mark.hl", { hasText: "about 40 firefighters" })).toHaveCount(
    1,
  );
});

test("keyboard only: find text, annotate it, move between annotations, open one, read the shortcuts", async ({
  page,
}, testInfo) => {
  const { workspace } = await editorInNewWorkspace(page);
  await page.goto(`/w/${workspace.slug}/articles/new`);
  await page
    .getByLabel("Article text")
    .fill(
      "Storm report\n\nAt least 12 people died. About 3,400 residents left their homes.\n\nThe mayor promised 40 million euros.",
    );
  await page.getByRole("button", { name: "Import article" }).click();
  await waitForReader(page);

  for (const [phrase, key] of [
    ["3,400 residents", "n"],
    ["40 million euros", "c"],
  ] as const) {
    await page.keyboard.press("/");
    await page.keyboard.type(phrase);
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("selected-text")).toHaveText(phrase);
    await page.keyboard.press(key);
    // the composer takes the focus when it opens; typed before that, the words would be the reader's shortcuts
    await expect(page.locator("#new-note")).toBeFocused();
    await page.keyboard.type(`Checked by keyboard: ${phrase}`);
    await page.keyboard.press("Tab"); // tags
    await page.keyboard.press("Tab"); // save
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("article-text").locator("mark.hl", { hasText: phrase })).toHaveCount(1);
    await expect(page.getByTestId("article-text").locator("mark.hl", { hasText: phrase })).toBeFocused();
    await expectFocusOffBody(page);
  }

  await page.keyboard.press("j");
  await expect(page.getByTestId("article-text").locator("mark.hl", { hasText: "3,400 residents" })).toBeFocused();
  await expect(page.getByTestId("note-tooltip")).toContainText("Checked by keyboard: 3,400 residents");
  await page.keyboard.press("j");
  await expect(page.getByTestId("article-text").locator("mark.hl", { hasText: "40 million euros" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("annotation-panel")).toContainText("Checked by keyboard: 40 million euros");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("annotation-panel")).toHaveCount(0);

  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await screenshot(page, "reader-shortcuts", testInfo);
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
});
