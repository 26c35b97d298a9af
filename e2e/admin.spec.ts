import { expect, test } from "@playwright/test";
import { createUser, createWorkspace, createWorkspaceWithMembers, uniqueEmail } from "./support/test-data";
import { screenshot, signInWithPassword, signIn } from "./support/pages";

const PASSWORD = "correct horse battery";

test("an admin invites a member, changes a role, cannot demote the last admin, and sees it all in the audit log", async ({
  page,
}, testInfo) => {
  const { workspace, users } = await createWorkspaceWithMembers();
  const admin = await createUser({ workspaceId: workspace.id, role: "ADMIN", password: PASSWORD });
  await page.goto("/signin");
  await signInWithPassword(page, admin.email, PASSWORD);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();

  // invite a new person: no account, no password on screen, a pending invitation
  const newcomer = uniqueEmail("newcomer");
  await page.getByLabel("Email").fill(newcomer);
  await page.getByLabel("Name (optional)").fill("Nina Newcomer");
  await page.getByLabel("Role", { exact: true }).selectOption("REVIEWER");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${newcomer}` })).toBeVisible();
  const invitations = page.getByRole("table", { name: "Invitations" });
  await expect(invitations.getByRole("row", { name: new RegExp(newcomer) })).toContainText("Pending");
  await expect(page.getByRole("table", { name: "Members" })).not.toContainText(newcomer);
  await expect(page.getByRole("form", { name: "Invite a member" })).not.toContainText(/temporary|password:/i);

  // invalid email (past the browser's own check): a field error, the entry kept, nothing sent
  await page
    .getByRole("form", { name: "Invite a member" })
    .evaluate((form: HTMLFormElement) => (form.noValidate = true));
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  // change the viewer into an editor
  const viewerName = users.VIEWER.name;
  await page.getByRole("combobox", { name: `Role of ${viewerName}` }).selectOption("EDITOR");
  await page.getByRole("button", { name: `Save role of ${viewerName}` }).click();
  await expect(page.getByRole("combobox", { name: `Role of ${viewerName}` })).toHaveValue("EDITOR");

  await screenshot(page, "admin-members", testInfo);

  // the audit log lists the changes
  await page.getByRole("link", { name: "Audit log" }).click();
  const log = page.getByRole("table", { name: "Audit events" });
  await expect(log).toContainText("invitation.created");
  await expect(log).toContainText("member.role_changed");
  await expect(
    page.getByRole("status").filter({ hasText: /^Audit trail intact: \d+ events verified, last at / }),
  ).toBeVisible(); // the hash chain, rechecked
  await screenshot(page, "audit-log", testInfo);
});

test("the last admin cannot demote themselves", async ({ page }) => {
  const owner = await createUser({ password: PASSWORD });
  const slug = `solo-${Date.now()}`;
  await createWorkspace(owner.id, { name: "Solo desk", slug, organisationName: "Solo newsroom" });

  await signIn(page, owner.email, PASSWORD);
  await page.goto(`/w/${slug}/admin`);
  await page.getByRole("combobox", { name: `Role of ${owner.name}` }).selectOption("EDITOR");
  await page.getByRole("button", { name: `Save role of ${owner.name}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "at least one admin" })).toBeVisible();
});
