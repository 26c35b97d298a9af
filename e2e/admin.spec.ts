import { expect, test } from "@playwright/test";
import { createUser, createWorkspace, createWorkspaceWithMembers, uniqueEmail } from "./support/test-data";
import { screenshot, signInWithPassword } from "./support/pages";

const PASSWORD = "correct horse battery";

test("an admin adds a member, changes a role, cannot demote the last admin, and sees it all in the audit log", async ({ page, browser }, testInfo) => {
  const { workspace, users } = await createWorkspaceWithMembers();
  const admin = await createUser({ workspaceId: workspace.id, role: "ADMIN", password: PASSWORD });
  await page.goto("/signin");
  await signInWithPassword(page, admin.email, PASSWORD);
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();

  // add a new person: a temporary password is shown once
  const newcomer = uniqueEmail("newcomer");
  await page.getByLabel("Email").fill(newcomer);
  await page.getByLabel("Name (for new accounts)").fill("Nina Newcomer");
  await page.getByLabel("Role", { exact: true }).selectOption("REVIEWER");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("status")).toContainText("Member added.");
  const temporaryPassword = await page.getByTestId("temporary-password").textContent();
  expect(temporaryPassword).toMatch(/^\S{12,}$/);
  await expect(page.getByRole("table", { name: "Members" })).toContainText(newcomer);

  // invalid email (past the browser's own check): a field error, the entry kept, nothing added
  await page.getByRole("form", { name: "Add a member" }).evaluate((form: HTMLFormElement) => (form.noValidate = true));
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByText("Enter a valid email address.")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");

  // change the viewer into an editor
  const viewerName = users.VIEWER.name;
  await page.getByRole("combobox", { name: `Role of ${viewerName}` }).selectOption("EDITOR");
  await page.getByRole("button", { name: `Save role of ${viewerName}` }).click();
  await expect(page.getByRole("combobox", { name: `Role of ${viewerName}` })).toHaveValue("EDITOR");

  await screenshot(page, "admin-members", testInfo);

  // the newcomer can sign in with the temporary password
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto("/signin");
  await signInWithPassword(other, newcomer, temporaryPassword!);
  await expect(other.getByRole("heading", { level: 1, name: workspace.name })).toBeVisible();
  await context.close();

  // the audit log lists the changes
  await page.getByRole("link", { name: "Audit log" }).click();
  const log = page.getByRole("table", { name: "Audit events" });
  await expect(log).toContainText("member.added");
  await expect(log).toContainText("member.role_changed");
  await screenshot(page, "audit-log", testInfo);
});

test("the last admin cannot demote themselves", async ({ page }) => {
  const owner = await createUser({ password: PASSWORD });
  const slug = `solo-${Date.now()}`;
  await createWorkspace(owner.id, { name: "Solo desk", slug, organisationName: "Solo newsroom" });

  await page.goto("/signin");
  await signInWithPassword(page, owner.email, PASSWORD);
  await page.goto(`/w/${slug}/admin`);
  await page.getByRole("combobox", { name: `Role of ${owner.name}` }).selectOption("EDITOR");
  await page.getByRole("button", { name: `Save role of ${owner.name}` }).click();
  await expect(page.getByRole("alert").filter({ hasText: "at least one admin" })).toBeVisible();
});
