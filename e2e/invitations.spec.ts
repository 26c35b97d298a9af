import { expect, test } from "@playwright/test";
import { createUser, createWorkspaceWithMembers, uniqueEmail } from "./support/test-data";
import { screenshot, signIn } from "./support/pages";
import { linkIn, waitForMail } from "./support/mail";

const PASSWORD = "correct horse battery";

test("an admin invites by email; the invitee follows the link from the real mail, chooses a password, is signed in and sees the workspace; the admin sees it accepted", async ({
  page,
  browser,
}, testInfo) => {
  const { workspace } = await createWorkspaceWithMembers({ name: "Invitation desk" });
  const admin = await createUser({ workspaceId: workspace.id, role: "ADMIN", password: PASSWORD, name: "Ada Admin" });
  await signIn(page, admin.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/admin`);

  const invitee = uniqueEmail("invitee");
  const sentAfter = new Date();
  await page.getByLabel("Email").fill(invitee);
  await page.getByLabel("Role", { exact: true }).selectOption("EDITOR");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${invitee}` })).toBeVisible();
  const row = page.getByRole("table", { name: "Invitations" }).getByRole("row", { name: new RegExp(invitee) });
  await expect(row).toContainText("Pending");
  // delivered over the real SMTP server by a background job: the list does not update by itself, so reload until it shows
  await expect(async () => {
    await page.reload();
    await expect(row).toContainText("Sent", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await screenshot(page, "admin-invitations", testInfo);

  const mail = await waitForMail(invitee, { subject: /Invitation desk/, after: sentAfter });
  expect(mail.text).toContain("Ada Admin");
  expect(mail.text).toContain("as Editor");
  const link = linkIn(mail, "/invite/");

  const context = await browser.newContext();
  const invited = await context.newPage();
  await invited.goto(link);
  await expect(invited.getByRole("heading", { level: 1, name: "Join Invitation desk" })).toBeVisible();
  await expect(invited.getByText(invitee).first()).toBeVisible();
  await screenshot(invited, "invite-page", testInfo);
  await invited.getByLabel("Your name").fill("Ines Invitee");
  // past the browser's own length check: the server's message, next to the field
  await invited
    .getByRole("form", { name: "Choose your password" })
    .evaluate((form: HTMLFormElement) => (form.noValidate = true));
  await invited.getByLabel("Choose a password").fill("too short");
  await invited.getByLabel("Repeat the password").fill("too short");
  await invited.getByRole("button", { name: "Join with this password" }).click();
  await expect(invited.getByText("Use at least 10 characters.")).toBeVisible();
  await invited.getByLabel("Choose a password").fill("my very own password");
  await invited.getByLabel("Repeat the password").fill("my very own password");
  await invited.getByRole("button", { name: "Join with this password" }).click();
  await expect(invited).toHaveURL(new RegExp(`/w/${workspace.slug}$`));
  await expect(invited.getByRole("heading", { level: 1, name: "Invitation desk" })).toBeVisible();

  // the link is used up: one clear page, nothing written
  await invited.goto(link);
  await expect(
    invited.getByRole("heading", { level: 1, name: "This invitation link is no longer valid" }),
  ).toBeVisible();
  await context.close();

  await page.reload();
  await expect(page.getByRole("table", { name: "Members" })).toContainText(invitee);
  await expect(
    page.getByRole("table", { name: "Invitations" }).getByRole("row", { name: new RegExp(invitee) }),
  ).toContainText("Accepted");
});

test("a revoked invitation's link is dead; a resent one replaces the old link", async ({ page, browser }) => {
  const { workspace } = await createWorkspaceWithMembers({ name: "Revocation desk" });
  const admin = await createUser({ workspaceId: workspace.id, role: "ADMIN", password: PASSWORD });
  await signIn(page, admin.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/admin`);

  const invitee = uniqueEmail("revoked");
  const sentAfter = new Date();
  await page.getByLabel("Email").fill(invitee);
  await page.getByRole("button", { name: "Send invitation" }).click();
  const first = linkIn(await waitForMail(invitee, { after: sentAfter }), "/invite/");

  const resentAfter = new Date();
  await page.getByRole("button", { name: `Resend the invitation to ${invitee}` }).click();
  await expect(page.getByText("Sent again with a new link")).toBeVisible();
  const second = linkIn(await waitForMail(invitee, { after: resentAfter }), "/invite/");
  expect(second).not.toBe(first);

  await page.getByRole("button", { name: `Revoke the invitation to ${invitee}` }).click();
  await expect(
    page.getByRole("table", { name: "Invitations" }).getByRole("row", { name: new RegExp(invitee) }),
  ).toContainText("Revoked");

  const context = await browser.newContext();
  const other = await context.newPage();
  for (const link of [first, second]) {
    const response = await other.goto(link);
    expect(response?.status()).toBe(404);
    await expect(
      other.getByRole("heading", { level: 1, name: "This invitation link is no longer valid" }),
    ).toBeVisible();
  }
  await context.close();
});

test("someone signed in as another address is told so and cannot accept", async ({ page }) => {
  const { actors } = await createWorkspaceWithMembers({ name: "Wrong account desk" });
  const someoneElse = await createUser({ password: PASSWORD });
  const invitee = uniqueEmail("meant-for");
  const sentAfter = new Date();
  const { inviteMember } = await import("../lib/invitations/invite-member");
  process.env.SMTP_URL = `smtp://127.0.0.1:${process.env.E2E_SMTP_PORT}`; // this test process sends the invitation itself
  await inviteMember(actors.ADMIN, { email: invitee, role: "VIEWER" });
  // this process wrote the mail, so its link names this process's idea of the app's address: follow the path
  const link = new URL(linkIn(await waitForMail(invitee, { after: sentAfter }), "/invite/")).pathname;

  await signIn(page, someoneElse.email, PASSWORD);
  await page.goto(link);
  await expect(
    page
      .getByRole("alert")
      .filter({ hasText: `This invitation is for ${invitee}; you are signed in as ${someoneElse.email}` }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /Join/ })).toHaveCount(0);
});
