import { expect, test, type BrowserContext } from "@playwright/test";
import { createUser, createWorkspaceWithMembers, db } from "./support/test-data";
import { screenshot, signInWithPassword, signOut } from "./support/pages";

const PASSWORD = "correct horse battery";

async function sessionCookie(context: BrowserContext) {
  const cookie = (await context.cookies()).find((c) => /session-token$/.test(c.name));
  if (!cookie) throw new Error("no session cookie");
  return cookie;
}

test("'sign out everywhere' in one browser sends the other to sign-in", async ({ browser }, testInfo) => {
  const { workspace } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  const [laptop, phone] = [
    await browser.newContext(),
    await browser.newContext({ userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1" }),
  ];
  const [onLaptop, onPhone] = [await laptop.newPage(), await phone.newPage()];
  for (const page of [onLaptop, onPhone]) {
    await page.goto(`/w/${workspace.slug}`);
    await signInWithPassword(page, editor.email, PASSWORD);
    await expect(page.getByRole("heading", { level: 1, name: workspace.name })).toBeVisible();
  }

  await onLaptop.goto("/account");
  const sessions = onLaptop.getByRole("table", { name: "Active sessions" });
  await expect(sessions.getByRole("row")).toHaveCount(3); // header + two browsers
  await expect(sessions.getByRole("row").nth(1)).toContainText("this session");
  await expect(sessions.getByRole("row").nth(2)).toContainText("Safari on iOS");
  await screenshot(onLaptop, "account-sessions", testInfo);

  await onLaptop.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(onLaptop).toHaveURL(/\/signin\?signedOut=everywhere/);
  await expect(onLaptop.getByRole("status")).toHaveText("You were signed out on every device.");

  await onPhone.goto(`/w/${workspace.slug}/claims`);
  await expect(onPhone).toHaveURL(/\/signin\?callbackUrl=/);
  await laptop.close();
  await phone.close();
});

test("signing out one other session from the list ends only that one", async ({ browser }) => {
  const editor = await createUser({ password: PASSWORD });
  const [mine, other] = [await browser.newContext(), await browser.newContext()];
  const [page, otherPage] = [await mine.newPage(), await other.newPage()];
  for (const p of [page, otherPage]) {
    await p.goto("/account");
    await signInWithPassword(p, editor.email, PASSWORD);
    await expect(p.getByRole("heading", { name: "Your account" })).toBeVisible();
  }
  await page.reload();
  await page
    .getByRole("table", { name: "Active sessions" })
    .getByRole("button", { name: /^Sign out / })
    .click();
  await expect(page.getByRole("table", { name: "Active sessions" }).getByRole("row")).toHaveCount(2);

  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/signin/);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await mine.close();
  await other.close();
});

test("after sign-out, replaying the old session cookie is refused", async ({ page, context, request, baseURL }) => {
  const { workspace } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  await page.goto(`/w/${workspace.slug}`);
  await signInWithPassword(page, editor.email, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: workspace.name })).toBeVisible();
  const old = await sessionCookie(context);

  await signOut(page);
  expect(await db.userSession.count({ where: { userId: editor.id, revokedAt: null } })).toBe(0);

  // the cookie's JWT is still validly signed and unexpired: only the server-side session says no
  const replay = await request.get(`${baseURL}/w/${workspace.slug}/claims`, {
    headers: { cookie: `${old.name}=${old.value}` },
    maxRedirects: 0,
  });
  expect(replay.status()).toBe(307);
  expect(replay.headers().location).toMatch(/\/signin\?callbackUrl=/);
});

test("a temporary password must be changed before anything else", async ({ page }) => {
  const { workspace } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  await db.user.update({ where: { id: editor.id }, data: { mustChangePassword: true } });

  await page.goto(`/w/${workspace.slug}`);
  await signInWithPassword(page, editor.email, PASSWORD);
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(page.getByRole("heading", { name: "Choose your own password" })).toBeVisible();
  await page.goto(`/w/${workspace.slug}/claims`);
  await expect(page).toHaveURL(/\/account\/password$/);

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("my very own passphrase");
  await page.getByLabel("Repeat new password").fill("my very own passphrase");
  await page.getByRole("button", { name: "Save password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password was changed.");
  await page.goto(`/w/${workspace.slug}/claims`);
  await expect(page).toHaveURL(new RegExp(`/w/${workspace.slug}/claims$`));
});
