/**
 * Forms whose page is redrawn by their server action's revalidatePath, with no
 * router.refresh() (issue 18): the assignment on a claim page and the rating
 * scale. Each shows its message, and the page shows what was saved without a reload.
 */
import { expect, test } from "@playwright/test";
import { createClaimRecord, createUser, createWorkspaceWithMembers } from "./support/test-data";
import { signIn } from "./support/pages";

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
