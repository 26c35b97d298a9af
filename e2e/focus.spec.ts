import { expect, test, type Page } from "@playwright/test";
import {
  createArticle,
  createClaimRecord,
  createUser,
  createVerdictRecord,
  createWorkspaceWithMembers,
} from "./support/test-data";
import { signIn } from "./support/pages";
import { dragSelect, waitForReader } from "./support/reader";
import { expectFocusOffBody } from "./support/focus";
import { readTestArticle } from "../test/articles/test-articles";

// Issue 15: after each main action the focus moves to the thing just created or to the next
// sensible control, never to <body> (where a keyboard or screen-reader user would start over).

const PASSWORD = "correct horse battery";

async function member(page: Page, role: "EDITOR" | "REVIEWER") {
  const ws = await createWorkspaceWithMembers();
  const user = await createUser({ workspaceId: ws.workspace.id, role, password: PASSWORD });
  await signIn(page, user.email, PASSWORD);
  return { ...ws, user, actor: { workspaceId: ws.workspace.id, userId: user.id } };
}

test("reader: a saved note or claim takes the focus to its new highlight; a created claim to the passage's claims", async ({
  page,
}) => {
  const { workspace, user } = await member(page, "EDITOR");
  const { article } = await createArticle(
    { workspaceId: workspace.id, userId: user.id },
    { title: "Focus in the reader", text: readTestArticle("depot-blast-northwire") },
  );
  await page.goto(`/w/${workspace.slug}/articles/${article.id}`);
  await waitForReader(page);
  const text = page.getByTestId("article-text");

  await dragSelect(page, "about 40 firefighters");
  await page.getByRole("button", { name: "Note", exact: true }).click();
  await page.getByLabel("Note (Markdown)").fill("Ask the brigade.");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(text.locator("mark.hl", { hasText: "about 40 firefighters" })).toBeFocused();
  await expectFocusOffBody(page);

  await dragSelect(page, "killed at least 12 people");
  await page.getByRole("button", { name: "Claim", exact: true }).click();
  await page.getByRole("button", { name: "Save claim" }).click();
  await expect(text.locator("mark.hl", { hasText: "killed at least 12 people" })).toBeFocused();
  await expectFocusOffBody(page);

  // Enter opens the focused highlight; "Create claim" moves into the form, saving it to the passage's claims
  await page.keyboard.press("Enter");
  const panel = page.getByTestId("annotation-panel");
  await panel.getByRole("button", { name: "Create claim" }).click();
  await expect(panel.getByLabel("Statement (normalized)")).toBeFocused();
  await panel.getByLabel("Statement (normalized)").fill("At least 12 people were killed in the Marenburg depot blast");
  await panel.getByRole("form", { name: "Create claim" }).getByRole("button", { name: "Save claim" }).click();
  await expect(
    panel.getByRole("link", { name: "At least 12 people were killed in the Marenburg depot blast" }),
  ).toBeVisible();
  await expect(panel.getByRole("heading", { name: "Claim", exact: true })).toBeFocused();
  await expectFocusOffBody(page);
});

test("claim page: saving a revision and submitting it keep the focus on the verdict", async ({ page }) => {
  const { workspace, actor } = await member(page, "EDITOR");
  const claim = await createClaimRecord(actor, { statement: "The depot held 300 tonnes of fuel" });
  const verdict = await createVerdictRecord(actor, claim.id, { status: "DRAFT" });
  await page.goto(`/w/${workspace.slug}/claims/${claim.id}`);
  const heading = page.locator(`#verdict-${verdict.id}`);

  await page.getByRole("button", { name: "Edit", exact: true }).click();
  await page.getByLabel("Summary").fill("The operator's filing lists 300 tonnes.");
  await page.getByRole("button", { name: "Save new revision" }).click();
  await expect(page.getByText("The operator's filing lists 300 tonnes.", { exact: true })).toBeVisible();
  await expect(heading).toBeFocused();
  await expectFocusOffBody(page);

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("Awaiting review")).toBeVisible();
  await expect(heading).toBeFocused();
  await expectFocusOffBody(page);
});

test("claim page: a reviewer's decision keeps the focus on the verdict it changed", async ({ page }) => {
  const { workspace, actors } = await member(page, "REVIEWER");
  const claim = await createClaimRecord(actors.EDITOR, { statement: "The depot's permit expired in 2024" });
  const verdict = await createVerdictRecord(actors.EDITOR, claim.id, { status: "SUBMITTED" });
  await page.goto(`/w/${workspace.slug}/claims/${claim.id}`);

  await page.getByLabel("Reason").fill("Cite the registry entry.");
  await page.getByRole("button", { name: "Request changes" }).click();
  await expect(page.locator(".verdict-card .status.CHANGES_REQUESTED")).toBeVisible();
  await expect(page.locator(`#verdict-${verdict.id}`)).toBeFocused();
  await expectFocusOffBody(page);
});

test("review queue: a decision moves the focus to the next verdict waiting, after the last to the empty queue's heading", async ({
  page,
}) => {
  const { workspace, actors } = await member(page, "REVIEWER");
  const first = await createClaimRecord(actors.EDITOR, { statement: "First claim waiting" });
  const second = await createClaimRecord(actors.EDITOR, { statement: "Second claim waiting" });
  await createVerdictRecord(actors.EDITOR, first.id, { status: "SUBMITTED", updatedAt: new Date(Date.now() - 60_000) });
  await createVerdictRecord(actors.EDITOR, second.id, { status: "SUBMITTED" });
  await page.goto(`/w/${workspace.slug}/review`);
  const queue = page.getByRole("list", { name: "Verdicts awaiting review" });
  await expect(queue).toHaveAttribute("data-hydrated", "true");
  await expect(queue.locator(".queue-item")).toHaveCount(2);

  await queue.locator(".queue-item").first().getByRole("button", { name: "Approve" }).click();
  await expect(queue.locator(".queue-item")).toHaveCount(1);
  await expect(queue.locator(".queue-item")).toBeFocused();
  await expectFocusOffBody(page);

  await page.getByLabel("Reason").fill("Name the filing's date.");
  await page.getByRole("button", { name: "Request changes" }).click();
  await expect(page.getByRole("heading", { name: "Nothing to review" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Nothing to review" })).toBeFocused();
  await expectFocusOffBody(page);
});
