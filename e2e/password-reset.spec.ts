import { expect, test } from "@playwright/test";
import { createUser, createWorkspaceWithMembers, uniqueEmail } from "./support/test-data";
import { screenshot, signInWithPassword } from "./support/pages";
import { linkIn, waitForMail } from "./support/mail";

const OLD_PASSWORD = "correct horse battery";
const NEW_PASSWORD = "a brand new passphrase";

test("a forgotten password is reset through the real mail, which ends the old sessions", async ({
  page,
  browser,
}, testInfo) => {
  const { workspace } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: OLD_PASSWORD });
  // a browser still signed in with the old password
  const elsewhere = await browser.newContext();
  const other = await elsewhere.newPage();
  await other.goto(`/w/${workspace.slug}`);
  await signInWithPassword(other, editor.email, OLD_PASSWORD);
  await expect(other.getByRole("heading", { level: 1, name: workspace.name })).toBeVisible();

  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  const asked = new Date();
  await page.getByLabel("Email").fill(editor.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toHaveText(/If an account exists for that address, we sent a link/);
  await screenshot(page, "forgot-password", testInfo);

  const mail = await waitForMail(editor.email, { subject: /Reset your Factdesk password/, after: asked });
  await page.goto(linkIn(mail, "/reset-password/"));
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel("Repeat new password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Save new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password is set.");

  await expect(page.getByRole("link", { name: "Sign in with it" })).toHaveAttribute("href", "/signin");
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(`/w/${workspace.slug}`)}`);
  await signInWithPassword(page, editor.email, NEW_PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: workspace.name })).toBeVisible();

  await other.reload();
  await expect(other).toHaveURL(/\/signin/);
  // the link worked once
  await page.goto(linkIn(mail, "/reset-password/"));
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
  await elsewhere.close();
});

test("an unknown address gets the same answer", async ({ page }) => {
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toHaveText(/If an account exists for that address, we sent a link/);
});
