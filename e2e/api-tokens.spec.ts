import { expect, request as playwrightRequest, test } from "@playwright/test";
import { createUser, createWorkspaceWithMembers, uniqueSuffix } from "./support/test-data";
import { screenshot, signInWithPassword } from "./support/pages";

const PASSWORD = "correct horse battery";

test("an admin creates an API token (shown once), a tool uses it, the admin revokes it and the next call is 401", async ({ page, baseURL }, testInfo) => {
  const { workspace } = await createWorkspaceWithMembers();
  const admin = await createUser({ workspaceId: workspace.id, role: "ADMIN", password: PASSWORD });
  await page.goto("/signin");
  await signInWithPassword(page, admin.email, PASSWORD);
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
  const created = await tool.post("/api/v1/articles", { data: { format: "markdown", content: "# Dam report\n\nAt least **12** people were hurt.", outlet: "Wire" } });
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
  await expect(page.getByRole("table", { name: "API tokens" }).getByRole("row", { name: new RegExp(name) })).not.toContainText("never");

  // revoke: the next call is 401 with a Bearer challenge
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("table", { name: "API tokens" }).getByRole("row", { name: new RegExp(name) })).toContainText("Revoked");
  await screenshot(page, "api-tokens-revoked", testInfo);
  const refused = await tool.get("/api/v1/articles");
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toContain('error="invalid_token"');
  expect(await refused.json()).toMatchObject({ type: "about:blank", status: 401, title: "Unauthorized" });
  await tool.dispose();
});
