import { expect, test } from "@playwright/test";
import { createArticle, createUser, createWorkspaceWithMembers, db } from "./support/test-data";
import { screenshot, signIn } from "./support/pages";
import { waitForReader } from "./support/reader";

const PASSWORD = "correct horse battery";
const PARAGRAPHS = 150;

/** An article of numbered paragraphs, with a note on every "Figure N" (two per paragraph). */
async function longAnnotatedArticle() {
  const { workspace, actors } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  const author = { ...actors.EDITOR, userId: editor.id };
  const text = Array.from(
    { length: PARAGRAPHS },
    (_, i) => `Figure ${2 * i + 1} says one thing. Figure ${2 * i + 2} says another.`,
  ).join("\n\n");
  const { article, version } = await createArticle(author, { text, title: "Many notes" });
  const rows = [...version.text.matchAll(/Figure \d+/g)].map((m) => ({
    workspaceId: workspace.id,
    articleId: article.id,
    versionId: version.id,
    kind: "NOTE" as const,
    start: m.index,
    end: m.index + m[0].length,
    exact: m[0],
    prefix: "",
    suffix: "",
    body: `Source for ${m[0]}`,
    tags: [],
    authorId: editor.id,
  }));
  await db.annotation.createMany({ data: rows });
  return { workspace, editor, article, count: rows.length };
}

test("a long margin list renders only the rows in view, is one tab stop and moves with the arrow keys", async ({
  page,
}, testInfo) => {
  const { workspace, editor, article, count } = await longAnnotatedArticle();
  await signIn(page, editor.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/articles/${article.id}`);
  await waitForReader(page);

  const margin = page.getByRole("complementary", { name: "Annotations" });
  const list = margin.getByRole("list", { name: /Annotations/ });
  await expect(margin.getByRole("heading", { name: `Annotations (${count})` })).toBeVisible();
  const rendered = await list.getByRole("listitem").count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(40); // not all 300
  await expect(list.getByRole("listitem").first()).toHaveAttribute("aria-setsize", String(count));

  // one tab stop: from the last filter, Tab lands on the first row, and Tab again leaves the list
  await margin.getByLabel("Anchor").focus();
  await page.keyboard.press("Tab");
  await expect(list.getByRole("button", { name: /“Figure 1”/ })).toBeFocused();
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.activeElement?.closest("ol.annotation-list"))).toBe(false);

  // arrows, Page Down and End move focus, rendering the rows they reach
  await list.getByRole("button", { name: /“Figure 1”/ }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(list.getByRole("button", { name: /“Figure 2”/ })).toBeFocused();
  await page.keyboard.press("PageDown");
  await expect(list.getByRole("button", { name: /“Figure 10”/ })).toBeFocused();
  await page.keyboard.press("End");
  await expect(list.getByRole("button", { name: new RegExp(`“Figure ${count}”`) })).toBeFocused();
  await expect(page.locator("li:has(:focus)")).toHaveAttribute("aria-posinset", String(count));
  await screenshot(page, "margin-list-end", testInfo);

  // Enter opens the focused annotation and shows its highlight
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("annotation-panel")).toContainText(`Source for Figure ${count}`);
  await expect(page.getByTestId("article-text").locator("mark.hl.active")).toHaveText(`Figure ${count}`);
  await page.keyboard.press("Escape");

  // j moves through the text (from the last annotation round to the first), and the margin follows
  await page.keyboard.press("j");
  await expect(page.getByTestId("article-text").locator("mark.hl.active")).toHaveText("Figure 1");
  await expect(list.getByRole("button", { name: /“Figure 1”/ })).toHaveAttribute("aria-current", "true");
  await expect(list.getByRole("button", { name: /“Figure 1”/ })).toBeInViewport();
});
