import { expect, test } from "@playwright/test";
import { createUser, createWorkspaceWithMembers, uniqueSuffix } from "./support/test-data";

// The local OpenID Connect provider (e2e/support/oidc-server.mjs) gives the
// account "<login>" the verified email "<login>@sso.factdesk.test".
test("a reviewer signs in through the newsroom's OpenID Connect provider", async ({ page }) => {
  const { workspace } = await createWorkspaceWithMembers();
  const login = `sso-reviewer-${uniqueSuffix()}`;
  await createUser({ workspaceId: workspace.id, role: "REVIEWER", email: `${login}@sso.factdesk.test` });

  await page.goto(`/signin?callbackUrl=/w/${workspace.slug}`);
  await page.getByRole("button", { name: "Sign in with Newsroom SSO" }).click();

  await expect(page).toHaveURL(new RegExp(`^http://127\\.0\\.0\\.1:${process.env.E2E_OIDC_PORT}/interaction/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.locator('button[type="submit"]').click();

  await expect(page).toHaveURL(new RegExp(`/w/${workspace.slug}$`));
  await expect(page.getByRole("heading", { level: 1, name: workspace.name })).toBeVisible();
  await expect(page.getByText("you are reviewer")).toBeVisible();
});
