import { expect, test } from "@playwright/test";
import { createUser, createWorkspaceWithMembers } from "./support/test-data";
import { attemptSignIn, screenshot, signInAlert, signInWithPassword, signOut } from "./support/pages";

const PASSWORD = "correct horse battery";

test("an editor signs in with a password, sees the workspace, and signs out", async ({ page }, testInfo) => {
  const { workspace } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });

  await page.goto(`/w/${workspace.slug}`);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await expect(page.getByRole("heading", { name: "Sign in to Factdesk" })).toBeVisible();
  await screenshot(page, "sign-in", testInfo);

  await signInWithPassword(page, editor.email, PASSWORD);
  await expect(page).toHaveURL(new RegExp(`/w/${workspace.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: workspace.name })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Workspace" });
  for (const section of ["Overview", "Articles", "Claims", "Review", "Conflicts", "Reports"]) {
    await expect(nav.getByRole("link", { name: section, exact: true })).toBeVisible();
  }
  await expect(nav.getByRole("link", { name: "Admin" })).toHaveCount(0);
  await screenshot(page, "workspace-home", testInfo);

  await nav.getByRole("link", { name: "Claims" }).click();
  await expect(page.getByRole("heading", { name: "No claims yet" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Claims" })).toHaveAttribute("aria-current", "page");

  await signOut(page);
  await page.goto(`/w/${workspace.slug}`);
  await expect(page).toHaveURL(/\/signin/);
});

test("a wrong password and an unknown email show the same error", async ({ page }) => {
  const { workspace } = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });

  await page.goto("/signin");
  await attemptSignIn(page, editor.email, "not the password");
  await expect(signInAlert(page)).toHaveText("Invalid email or password.");
  await expect(page).toHaveURL(/\/signin/);

  await attemptSignIn(page, `nobody-${Date.now()}@example.test`, "whatever it is");
  await expect(signInAlert(page)).toHaveText("Invalid email or password.");
});

test("a viewer cannot reach the admin pages", async ({ page }, testInfo) => {
  const { workspace } = await createWorkspaceWithMembers();
  const viewer = await createUser({ workspaceId: workspace.id, role: "VIEWER", password: PASSWORD });

  await page.goto("/signin");
  await signInWithPassword(page, viewer.email, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: workspace.name })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Admin" })).toHaveCount(0);

  for (const path of ["admin", "admin/audit"]) {
    const response = await page.goto(`/w/${workspace.slug}/${path}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don’t have access to this page" })).toBeVisible();
  }
  await screenshot(page, "viewer-forbidden", testInfo);
});

test("a member of another workspace gets 404, not a hint that it exists", async ({ page }) => {
  const mine = await createWorkspaceWithMembers();
  const theirs = await createWorkspaceWithMembers();
  const editor = await createUser({ workspaceId: mine.workspace.id, role: "EDITOR", password: PASSWORD });

  await page.goto("/signin");
  await signInWithPassword(page, editor.email, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: mine.workspace.name })).toBeVisible();
  const response = await page.goto(`/w/${theirs.workspace.slug}/articles`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

/** One credentials sign-in attempt over HTTP, as a script would make it; returns next-auth's error code or "ok". */
async function attemptOverHttp(
  baseURL: string,
  email: string,
  password: string,
  forwardedFor: string,
): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: baseURL,
      "x-forwarded-for": forwardedFor,
      cookie: csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${baseURL}/`, json: "true" }),
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error") ?? "ok";
}

/** A successful credentials sign-in over HTTP with a callbackUrl; returns the address next-auth sends the browser to. */
async function signInOverHttp(baseURL: string, email: string, password: string, callbackUrl: string): Promise<string> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      origin: baseURL,
      cookie: csrf.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
    },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl, json: "true" }),
  });
  const { url } = (await response.json()) as { url: string };
  return url;
}

test("a new X-Forwarded-For per guess gives no fresh counters (TRUSTED_PROXY_HOPS unset)", async ({ baseURL }) => {
  const user = await createUser({ password: PASSWORD });
  for (const forged of ["203.0.113.1", "203.0.113.2", "203.0.113.3"])
    expect(await attemptOverHttp(baseURL!, user.email, "wrong guess", forged)).toBe("CredentialsSignin");
  expect(await attemptOverHttp(baseURL!, user.email, "wrong guess", "203.0.113.4")).toBe("RateLimited");
});

test.describe("callbackUrl stays on the site", () => {
  const offSite = [
    "/%09/evil.example",
    "/%0d/evil.example",
    "/%0a/evil.example",
    "//evil.example",
    "/%5Cevil.example",
    "/\\evil.example",
    "https://evil.example/",
    "javascript:alert(1)",
    "%2F%2Fevil.example",
  ];
  // through the sign-in page, as a person signs in: a tab and a script address (the page and the server both check)
  for (const value of ["/%09/evil.example", "javascript:alert(1)"]) {
    test(`callbackUrl=${value} signs in to this site`, async ({ page, baseURL }) => {
      const user = await createUser({ password: PASSWORD });
      const response = await page.goto(`/signin?callbackUrl=${value}`);
      expect(response?.status()).toBe(200);
      await signInWithPassword(page, user.email, PASSWORD);
      await page.waitForLoadState("load");
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }

  test("every off-site callbackUrl, posted as the sign-in form posts it, is answered with an address on this site", async ({
    baseURL,
  }) => {
    const user = await createUser({ password: PASSWORD });
    for (const value of offSite) {
      // the page hands the form what the address decodes to
      const answered = await signInOverHttp(baseURL!, user.email, PASSWORD, decodeURIComponent(value));
      expect(new URL(answered, baseURL).origin, `callbackUrl=${value}`).toBe(new URL(baseURL!).origin);
    }
  });

  test("%0a no longer answers 500 for a signed-in visitor, and a same-site path is followed", async ({
    page,
    baseURL,
  }) => {
    const { workspace } = await createWorkspaceWithMembers();
    const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(`/w/${workspace.slug}/claims`)}`);
    await signInWithPassword(page, editor.email, PASSWORD);
    await expect(page).toHaveURL(`${baseURL}/w/${workspace.slug}/claims`);
    const response = await page.goto(`/signin?callbackUrl=/w/${workspace.slug}%0a`);
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(`${baseURL}/w/${workspace.slug}`);
  });
});
