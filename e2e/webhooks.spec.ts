import { expect, test, type Browser, type Page } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { createArticle, createUser, createWorkspaceWithMembers } from "./support/test-data";
import { registerWebhookEndpoint } from "../lib/webhooks/register-webhook-endpoint";
import { sendTestWebhook } from "../lib/webhooks/send-test-webhook";
import { RegisterWebhookEndpointInputSchema } from "../lib/webhooks/schemas";
import { screenshot, signIn } from "./support/pages";
import { waitForReader } from "./support/reader";
import { startWebhookReceiver, type ReceivedWebhook, type WebhookReceiver } from "../test/support/webhook-receiver";

const PASSWORD = "correct horse battery";
const STATEMENT = "At least 12 people were hurt in the flood on Monday";

let receiver: WebhookReceiver;
test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(async () => {
  await receiver.stop();
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, PASSWORD);
  return page;
}

const claimCreated = (hook: ReceivedWebhook) =>
  JSON.parse(hook.body).type === "claim.created" && JSON.parse(hook.body).data.claim.statement === STATEMENT;

test("an admin registers a receiver, an editor's new claim reaches it signed, the admin sees the delivery and replays it with the same webhook-id", async ({
  browser,
}, testInfo) => {
  test.setTimeout(90_000);
  const { workspace, actors } = await createWorkspaceWithMembers();
  const admin = await createUser({ workspaceId: workspace.id, role: "ADMIN", password: PASSWORD });
  const editor = await createUser({ workspaceId: workspace.id, role: "EDITOR", password: PASSWORD });
  const { article } = await createArticle(actors.EDITOR, {
    title: "Flood report",
    text: "Officials said at least 12 people were hurt in the flood on Monday.\n\nThe mayor said the old dam held.",
  });

  // the admin registers the receiver for new claims; the signing secret is shown once
  const ad = await signedIn(browser, admin.email);
  await ad.goto(`/w/${workspace.slug}/admin`);
  await ad.getByRole("link", { name: "Webhooks" }).click();
  await expect(ad.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();
  await ad.getByLabel("Address").fill(receiver.url);
  await ad.getByLabel("Description (optional)").fill("Newsroom CMS");
  const events = ad.getByRole("group", { name: "Events it receives" });
  await events.getByRole("checkbox", { name: /Claim created/ }).check();
  await ad.getByRole("button", { name: "Register endpoint" }).click();
  await expect(ad.getByRole("status").first()).toContainText("shown only now");
  const secret = await ad.getByTestId("webhook-secret").inputValue();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
  const card = ad.getByRole("region", { name: receiver.url });
  await expect(card).toContainText("Nothing sent to this endpoint yet.");
  await screenshot(ad, "webhooks-registered", testInfo);

  // the editor creates a claim in the article
  const ed = await signedIn(browser, editor.email);
  await ed.goto(`/w/${workspace.slug}/articles/${article.id}`);
  await waitForReader(ed);
  await ed.keyboard.press("/");
  await ed.keyboard.type("at least 12 people were hurt");
  await ed.keyboard.press("Enter");
  await expect(ed.getByTestId("selected-text")).toHaveText("at least 12 people were hurt");
  await ed.keyboard.press("c");
  await ed.getByRole("button", { name: "Save claim" }).click();
  await ed.getByTestId("article-text").locator("mark.hl", { hasText: "at least 12 people were hurt" }).first().click();
  await ed.getByRole("button", { name: "Create claim" }).click();
  await ed.getByLabel("Statement (normalized)").fill(STATEMENT);
  await ed.getByLabel("Claimant").fill("Officials");
  await ed.getByRole("form", { name: "Create claim" }).getByRole("button", { name: "Save claim" }).click();
  await expect(ed.getByRole("link", { name: STATEMENT })).toBeVisible();

  // the receiver gets claim.created and verifies it with the reference implementation of Standard Webhooks
  const hook = await receiver.waitFor(claimCreated);
  const payload = new Webhook(secret).verify(hook.body, hook.headers) as {
    data: { claim: { statement: string; claimant: string }; links: { app: string } };
  };
  expect(payload.data.claim).toMatchObject({ statement: STATEMENT, claimant: "Officials" });
  expect(payload.data.links.app).toContain(`/w/${workspace.slug}/claims/`);
  const messageId = hook.headers["webhook-id"]!;

  // the admin sees it delivered, with the receiver's answer in the attempt log
  const delivery = card.getByTestId("webhook-delivery").filter({ hasText: "claim.created" });
  await expect(async () => {
    await ad.reload();
    await expect(delivery.first()).toContainText("Delivered", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(delivery).toHaveCount(1);
  await expect(delivery).toContainText("200 · ok");
  await delivery.getByText("Attempt log").click();
  await expect(delivery.getByRole("listitem")).toContainText("200");
  await screenshot(ad, "webhooks-delivered", testInfo);

  // replay: the receiver gets the same event again, same webhook-id, signed anew
  await delivery.getByRole("button", { name: "Replay claim.created" }).click();
  await expect
    .poll(() => receiver.received.filter((h) => h.headers["webhook-id"] === messageId).length, { timeout: 20_000 })
    .toBe(2);
  const replayed = receiver.received.filter((h) => h.headers["webhook-id"] === messageId)[1]!;
  expect(replayed.body).toBe(hook.body);
  expect(new Webhook(secret).verify(replayed.body, replayed.headers)).toEqual(payload);
  await expect(async () => {
    await ad.reload();
    await expect(card.getByTestId("webhook-delivery").filter({ hasText: "· replay" })).toContainText("Delivered", {
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000 });
  await screenshot(ad, "webhooks-replayed", testInfo);
});

test("an endpoint's delivery log pages on the admin page, ten at a time, newest first", async ({ browser }) => {
  const { workspace, actors } = await createWorkspaceWithMembers();
  const admin = await createUser({ workspaceId: workspace.id, role: "ADMIN", password: PASSWORD });
  const endpoint = await registerWebhookEndpoint(
    actors.ADMIN,
    RegisterWebhookEndpointInputSchema.parse({
      url: receiver.url,
      description: "Paged log",
      events: ["claim.created"],
    }),
  );
  for (let i = 0; i < 12; i++) await sendTestWebhook(actors.ADMIN, endpoint.id);
  const page = await signedIn(browser, admin.email);
  await page.goto(`/w/${workspace.slug}/admin/webhooks`);
  const card = page.getByRole("region", { name: receiver.url });
  await expect(card.getByRole("table", { name: "Deliveries, newest first" }).locator("tbody tr")).toHaveCount(10);
  await card.getByRole("link", { name: "Next page of deliveries" }).click();
  await expect(card.getByRole("table", { name: "Deliveries, newest first" }).locator("tbody tr")).toHaveCount(2);
  await card.getByRole("link", { name: "Previous page of deliveries" }).click();
  await expect(card.getByRole("table", { name: "Deliveries, newest first" }).locator("tbody tr")).toHaveCount(10);

  const edited = await page.goto(`/w/${workspace.slug}/admin/webhooks?endpoint=${endpoint.id}&cursor=not-one-of-ours`);
  expect(edited?.status()).toBeLessThan(500);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
