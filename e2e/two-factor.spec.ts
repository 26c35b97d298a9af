import { expect, test, type Page } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { createUser, createWorkspaceWithMembers, db } from "./support/test-data";
import { attemptSignIn, screenshot, signInAlert, signInWithPassword, signOut } from "./support/pages";

const PASSWORD = "correct horse battery";

/** The authenticator app of the test: the code for a moment, from the key the page shows. */
const codeAt = (secret: string, timestamp: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: "SHA1", digits: 6, period: 30 }).generate({ timestamp });

async function enterCode(page: Page, code: string): Promise<void> {
  await page.getByLabel("Authentication code").fill(code);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
}

test("a reviewer sets up an authenticator app, then signs in with password and code, and once with a recovery code", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000); // four argon2 sign-ins on a shared 2-core machine
  const { workspace } = await createWorkspaceWithMembers();
  const reviewer = await createUser({ workspaceId: workspace.id, role: "REVIEWER", password: PASSWORD });

  await page.goto("/signin");
  await signInWithPassword(page, reviewer.email, PASSWORD);
  await page.goto("/account");
  await page.getByRole("link", { name: "Set up" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Two-factor sign-in" })).toBeVisible();
  await page.getByRole("button", { name: "Set up an authenticator app" }).click();
  await expect(page.getByRole("heading", { name: "Set up your authenticator app" })).toBeFocused();
  await expect(page.getByRole("img", { name: "QR code for adding Factdesk to an authenticator app" })).toBeVisible();
  await screenshot(page, "two-factor-enrolment", testInfo);

  const secret = (await page.getByLabel("Setup key").innerText()).replace(/\s+/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await page.getByLabel("Authentication code").fill(codeAt(secret, Date.now()));
  await page.getByRole("button", { name: "Turn on two-factor sign-in" }).click();
  await expect(page.getByRole("heading", { name: "Save your recovery codes" })).toBeFocused();
  const recoveryCodes = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allInnerTexts();
  expect(recoveryCodes).toHaveLength(10);
  await screenshot(page, "two-factor-recovery-codes", testInfo);
  await page.getByRole("button", { name: "I saved them" }).click();
  await expect(page.getByText("Recovery codes left: 10.")).toBeVisible();

  await signOut(page);
  await attemptSignIn(page, reviewer.email, PASSWORD);
  const code = page.getByLabel("Authentication code");
  await expect(code).toBeFocused();
  await expect(code).toHaveAttribute("autocomplete", "one-time-code");
  await expect(code).toHaveAttribute("inputmode", "numeric");
  await screenshot(page, "sign-in-code-step", testInfo);

  await enterCode(page, codeAt(secret, Date.now() - 10 * 60_000));
  await expect(signInAlert(page)).toContainText("That code is not right");
  // the confirming code's step is used up: the next step's code (accepted ±1 step) signs in
  await enterCode(page, codeAt(secret, Date.now() + 30_000));
  await expect(page).not.toHaveURL(/\/signin/);

  await signOut(page);
  await attemptSignIn(page, reviewer.email, PASSWORD);
  await page.getByRole("button", { name: "Use a recovery code" }).click();
  await expect(page.getByLabel("Recovery code")).toBeFocused();
  await page.getByLabel("Recovery code").fill(recoveryCodes[0]!);
  await page.getByRole("button", { name: "Verify and sign in" }).click();
  await expect(page).toHaveURL(/\/account\/two-factor\?signedInWith=recovery-code/);
  await expect(page.getByRole("status").filter({ hasText: "You signed in with a recovery code" })).toContainText(
    "You have 9 recovery codes left",
  );
});

test("a workspace that requires two-factor sends a reviewer without it to the set-up page, lets an editor in, and an admin cannot turn it on before setting it up", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const { workspace } = await createWorkspaceWithMembers();
  const [reviewer, editor, admin] = await Promise.all(
    (["REVIEWER", "EDITOR", "ADMIN"] as const).map((role) =>
      createUser({ workspaceId: workspace.id, role, password: PASSWORD }),
    ),
  );

  await page.goto("/signin");
  await signInWithPassword(page, admin!.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/admin`);
  await page.getByLabel("Require two-factor sign-in for reviewers and admins").check();
  await page.getByRole("button", { name: "Save two-factor setting" }).click();
  await expect(
    page.getByRole("alert").filter({ hasText: "Set up two-factor sign-in for your own account first" }),
  ).toBeVisible();
  await screenshot(page, "two-factor-admin-setting-refused", testInfo);
  expect((await db.workspace.findUniqueOrThrow({ where: { id: workspace.id } })).requireTwoFactor).toBe(false);
  await signOut(page);

  await db.workspace.update({ where: { id: workspace.id }, data: { requireTwoFactor: true } });
  await signInWithPassword(page, reviewer!.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}`);
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByText(`${workspace.name} requires two-factor sign-in for reviewers and admins`)).toBeVisible();
  await screenshot(page, "two-factor-required", testInfo);
  await signOut(page);

  await signInWithPassword(page, editor!.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: workspace.name })).toBeVisible();
});
