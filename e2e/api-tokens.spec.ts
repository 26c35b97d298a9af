import { expect, request as playwrightRequest, test } from "@playwright/test";
import { createUser, createWorkspaceWithMembers, db, uniqueSuffix } from "./support/test-data";
import { createApiToken } from "../lib/api-tokens/create-api-token";
import { removeMember } from "../lib/members/remove-member";
import { screenshot, signIn } from "./support/pages";

const PASSWORD = "correct horse battery";

test("an admin creates an API token (shown once), a tool uses it, the admin revokes it and the next call is 401", async ({
  page,
  baseURL,
}, testInfo) => {
  const { workspace } = await createWorkspaceWithMembers();
  const admin = await createUser({ workspaceId: workspace.id, role: "ADMIN", password: PASSWORD });
  await signIn(page, admin.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/admin`);
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();

  // create: the secret is shown once
  const name = `CMS sync ${uniqueSuffix()}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Role", { exact: true }).selectOption("EDITOR");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("status")).toContainText("shown only this once");
  const secret = await page.getByTestId("new-token").inputValue();
  expect(secret).toMatch(/^fd_[A-Za-z0-9_-]{43}$/);
  const row = page.getByRole("table", { name: "API tokens" }).getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText(`${secret.slice(0, 11)}…`);
  await expect(row).toContainText("Active");
  await screenshot(page, "api-tokens-created", testInfo);

  // a tool without the browser's cookies uses it
  const tool = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
  const created = await tool.post("/api/v1/articles", {
    data: { format: "markdown", content: "# Dam report\n\nAt least **12** people were hurt.", outlet: "Wire" },
  });
  expect(created.status()).toBe(201);
  const article = await created.json();
  expect(article.version.text).toBe("Dam report\n\nAt least 12 people were hurt.");
  const list = await tool.get("/api/v1/articles?limit=5");
  expect(list.status()).toBe(200);
  expect(list.headers()["ratelimit-limit"]).toBeTruthy();
  expect((await list.json()).items.map((a: { id: string }) => a.id)).toContain(article.id);
  const document = await (await tool.get("/api/v1/openapi.json")).json();
  expect(document.paths).toHaveProperty(["/api/v1/articles"]);

  // the signed-in browser's session cookie is not an API credential
  const withCookies = await page.request.get("/api/v1/articles");
  expect(withCookies.status()).toBe(401);
  expect(withCookies.headers()["content-type"]).toBe("application/problem+json");

  // the secret is gone after a reload; the last use is shown
  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(
    page.getByRole("table", { name: "API tokens" }).getByRole("row", { name: new RegExp(name) }),
  ).not.toContainText("never");

  // revoke: the next call is 401 with a Bearer challenge
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(
    page.getByRole("table", { name: "API tokens" }).getByRole("row", { name: new RegExp(name) }),
  ).toContainText("Revoked");
  await screenshot(page, "api-tokens-revoked", testInfo);
  const refused = await tool.get("/api/v1/articles");
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toContain('error="invalid_token"');
  expect(await refused.json()).toMatchObject({ type: "about:blank", status: 401, title: "Unauthorized" });
  await tool.dispose();
});

test("tokens can expire: the chosen day is listed, an expired token is 401 and marked, a leaver's token stays revoked with the reason", async ({
  page,
  baseURL,
}, testInfo) => {
  const { workspace, actors } = await createWorkspaceWithMembers();
  const admin = await createUser({ workspaceId: workspace.id, role: "ADMIN", password: PASSWORD });
  await signIn(page, admin.email, PASSWORD);
  await page.goto(`/w/${workspace.slug}/admin/tokens`);

  const name = `Election night ${uniqueSuffix()}`;
  const lastDay = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Expires").selectOption("date");
  await page.getByLabel("Last day it works (UTC)").fill(lastDay);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("status")).toContainText("working until");
  const secret = await page.getByTestId("new-token").inputValue();
  const row = () => page.getByRole("table", { name: "API tokens" }).getByRole("row", { name: new RegExp(name) });
  const dayAfter = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.parse(`${lastDay}T00:00:00Z`) + 24 * 60 * 60 * 1000),
  );
  await expect(row()).toContainText(dayAfter);
  await expect(row()).toContainText("Active");

  const tool = await playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
  expect((await tool.get("/api/v1/claims")).status()).toBe(200);
  // as if the day had passed
  await db.apiToken.updateMany({
    where: { workspaceId: workspace.id, name },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  const refused = await tool.get("/api/v1/claims");
  expect(refused.status()).toBe(401);
  expect((await refused.json()).detail).toBe("The API token is invalid or was revoked.");
  await tool.dispose();

  // a second admin's token, revoked for good when they leave
  const leaver = await createUser({ workspaceId: workspace.id, role: "ADMIN", name: "Lee Leaver" });
  await createApiToken(
    { userId: leaver.id, workspaceId: workspace.id, role: "ADMIN" },
    { name: "Leaver's script", role: "EDITOR" },
  );
  const membership = await db.membership.findFirstOrThrow({ where: { workspaceId: workspace.id, userId: leaver.id } });
  await removeMember(actors.ADMIN, { membershipId: membership.id });

  await page.reload();
  await expect(row()).toContainText("Expired");
  await expect(
    page.getByRole("table", { name: "API tokens" }).getByRole("row", { name: /Leaver's script/ }),
  ).toContainText("Revoked — creator left the workspace");
  await screenshot(page, "api-tokens-expired-and-leaver", testInfo);
});
