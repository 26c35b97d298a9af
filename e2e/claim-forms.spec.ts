/**
 * Forms and buttons whose page is redrawn by their server action's
 * revalidatePath, with no router.refresh() (issue 18): the claim page's
 * details, relations, appearances and assignment, and the rating scale. Each
 * shows its message, the page shows what was saved without a reload, and the
 * focus lands where the work goes on, never on <body>.
 */
import { expect, test } from "@playwright/test";
import { createClaimRecord, createUser, createWorkspaceWithMembers } from "./support/test-data";
import { signIn } from "./support/pages";
import { expectFocusOffBody } from "./support/focus";
import { articleWithClaim } from "./support/claims";

const PASSWORD = "correct horse battery";

test("a reviewer assigns who checks a claim and who reviews it; the selects keep the choice", async ({ page }) => {
  const { workspace, users, actors } = await createWorkspaceWithMembers();
  const reviewer = await createUser({ workspaceId: workspace.id, role: "REVIEWER", password: PASSWORD });
  const claim = await createClaimRecord(actors.EDITOR, { statement: "The bridge reopened after 40 days" });
  await signIn(page, reviewer.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/claims/${claim.id}`);

  const form = page.getByRole("form", { name: "Assignment" });
  await form.getByLabel("Checked by").selectOption({ label: users.EDITOR.name });
  await form.getByLabel("Reviewed by").selectOption({ label: reviewer.name });
  await form.getByRole("button", { name: "Save assignment" }).click();
  await expect(form.getByRole("status")).toHaveText("Assignment saved.");
  // the form was reset after the submit: what the selects show is what the redrawn page says was saved
  await expect(form.getByLabel("Checked by")).toHaveValue(users.EDITOR.id);
  await expect(form.getByLabel("Reviewed by")).toHaveValue(reviewer.id);

  await page.reload();
  await expect(form.getByLabel("Checked by")).toHaveValue(users.EDITOR.id);
  await expect(form.getByLabel("Reviewed by")).toHaveValue(reviewer.id);
});

test("an admin renames a rating level; the scale shows the new label, before and after a reload", async ({ page }) => {
  const { workspace } = await createWorkspaceWithMembers();
  const admin = await createUser({ workspaceId: workspace.id, role: "ADMIN", password: PASSWORD });
  await signIn(page, admin.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/admin/scale`);

  const label = page.getByLabel("Label of level 1");
  await label.fill("Holds up");
  await page.getByRole("button", { name: "Save scale" }).click();
  await expect(page.getByRole("status")).toHaveText("Rating scale saved.");
  await expect(label).toHaveValue("Holds up");

  await page.reload();
  await expect(page.getByLabel("Label of level 1")).toHaveValue("Holds up");
});

test("an editor changes a claim, records and removes a relation, unlinks its appearance and deletes it", async ({
  page,
}) => {
  const { workspace } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  const actor = { workspaceId: workspace.id, userId: editor.id, role: "EDITOR" as const };
  const phrase = "At least 12 people were hurt when the river burst its banks.";
  const { claim } = await articleWithClaim(
    actor,
    { title: "Flood in the lower town", text: `Flood in the lower town\n\n${phrase}` },
    phrase,
  );
  const other = await createClaimRecord(actor, { statement: "The mayor said nobody was hurt in the flood" });
  await signIn(page, editor.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/claims/${claim.id}`);

  await page.getByRole("button", { name: "Change the claim" }).click();
  await page.getByLabel("Statement", { exact: true }).fill("At least 12 people were hurt in the flood");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Claim saved.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("At least 12 people were hurt in the flood");
  await expect(page.getByRole("button", { name: "Change the claim" })).toBeFocused();

  await page.getByRole("button", { name: "Add a relation" }).click();
  await page.getByLabel("Relation", { exact: true }).selectOption("CONTRADICTS");
  await page.getByLabel("Search claims").fill("mayor");
  await page.getByRole("radio", { name: /The mayor said nobody was hurt/ }).check();
  await page.getByRole("button", { name: "Save relation" }).click();
  await expect(page.getByText("Relation recorded.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Relations (1)" })).toBeFocused();
  await expect(page.getByRole("link", { name: other.statement })).toBeVisible();

  await page.getByRole("button", { name: /^Remove relation:/ }).click();
  await expect(page.getByRole("heading", { name: "Relations (0)" })).toBeFocused();
  await expectFocusOffBody(page);

  await page.getByRole("button", { name: /^Unlink this appearance/ }).click();
  await page.getByRole("button", { name: "Yes, unlink" }).click();
  await expect(page.getByRole("heading", { name: "Appearances (0)" })).toBeFocused();
  await expectFocusOffBody(page);

  await page.getByRole("button", { name: "Delete claim" }).click();
  await page.getByRole("button", { name: "Yes, delete the claim" }).click();
  await expect(page).toHaveURL(new RegExp(`/w/${workspace.slug}/claims$`));
});
