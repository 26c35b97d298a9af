/**
 * The concrete cases of issue 13 against the built app: a lone surrogate in a
 * claim, a reply (server actions) or an article title (API) is a 400 that
 * writes nothing; a 6 MB server-action body is 413, declared or chunked;
 * 20,000-deep nesting is 400; a double click on "create" makes one row.
 */
import { expect, test } from "@playwright/test";
import { createWorld, type World } from "./support/authz/world";
import { serverActionsInBuild } from "./support/authz/enumerate";
import * as make from "./support/authz/fixtures";
import { callRoute } from "./support/authz/http";
import { createUser, db } from "./support/test-data";
import { signIn } from "./support/pages";
import { waitForReader } from "./support/reader";
import type { Fixture } from "./support/authz/fixtures";

const SIX_MB = 6 * 1024 * 1024;
let world: World;
const built = serverActionsInBuild();
const actionId = (key: string) =>
  built.get(key)?.id ??
  (() => {
    throw new Error(`${key} is not in the build`);
  })();
const CREATE_CLAIM = "app/w/[slug]/claims/actions.ts#createClaimAction";
const CREATE_REPLY = "app/w/[slug]/articles/[articleId]/actions.ts#createReplyAction";

test.beforeAll(async ({ baseURL }) => {
  test.setTimeout(60_000);
  world = await createWorld(baseURL!);
});

/** POST of a raw body as a server action call, as the editor. */
async function postAction(f: Fixture, key: string, body: BodyInit, headers: Record<string, string> = {}) {
  const path = `/w/${world.owner.slug}/articles/${f.articleId}`;
  return fetch(`${world.baseURL}${path}`, {
    method: "POST",
    headers: {
      "next-action": actionId(key),
      accept: "text/x-component",
      origin: world.baseURL,
      cookie: world.sessions.editor.cookie!,
      "content-type": "text/plain;charset=UTF-8",
      ...headers,
    },
    body,
    duplex: "half",
  } as RequestInit);
}

const counts = async () => ({
  claims: await db.claim.count({ where: { workspaceId: world.owner.id } }),
  replies: await db.reply.count({ where: { workspaceId: world.owner.id } }),
  articles: await db.article.count({ where: { workspaceId: world.owner.id } }),
  audit: await db.auditEvent.count({ where: { workspaceId: world.owner.id } }),
});

test("a lone surrogate in a claim statement, a reply or an article title is 400 naming the field, and nothing is written", async () => {
  const f = await make.anAnnotation(world);
  const before = await counts();
  const claim = await postAction(
    f,
    CREATE_CLAIM,
    `["${world.owner.slug}",{"annotationId":"${f.annotationId}","statement":"At least 12 \\ud800 people were hurt"}]`,
  );
  expect(claim.status).toBe(400);
  expect(await claim.json()).toMatchObject({
    status: 400,
    errors: [{ pointer: "/1/statement", detail: expect.stringMatching(/surrogate/) }],
  });
  const reply = await postAction(
    f,
    CREATE_REPLY,
    `["${world.owner.slug}",{"annotationId":"${f.annotationId}","body":"The hospital says \\udc00 11."}]`,
  );
  expect(reply.status).toBe(400);
  const title = await callRoute(
    world.baseURL,
    {
      method: "POST",
      path: "/api/v1/articles",
      body: {
        contentType: "application/json",
        data: `{"content":"${make.ARTICLE_TEXT.replaceAll("\n", "\\n")}","title":"Flood \\ud800 update"}`,
      },
    },
    world.tokens.editor,
  );
  expect(title.status).toBe(400);
  expect(JSON.parse(title.body)).toMatchObject({ errors: [{ pointer: "/title" }] });
  expect(await counts()).toEqual(before);
});

test("a server-action body over 6 MB is 413, whether its length is declared or it arrives in chunks", async () => {
  const f = await make.anAnnotation(world);
  const before = await counts();
  const huge = `["${world.owner.slug}",{"annotationId":"${f.annotationId}","body":"${"x".repeat(SIX_MB + 1024)}"}]`;
  const declared = await postAction(f, CREATE_REPLY, huge);
  expect(declared.status).toBe(413);
  const bytes = new TextEncoder().encode(huge);
  const chunked = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let at = 0; at < bytes.length; at += 512 * 1024) controller.enqueue(bytes.subarray(at, at + 512 * 1024));
      controller.close();
    },
  });
  expect((await postAction(f, CREATE_REPLY, chunked)).status).toBe(413);
  expect(await counts()).toEqual(before);
});

test("20,000-deep nesting is 400 before Next decodes it", async () => {
  const f = await make.anAnnotation(world);
  const before = await counts();
  const response = await postAction(
    f,
    CREATE_REPLY,
    `["${world.owner.slug}",{"annotationId":"${f.annotationId}","body":${"[".repeat(20_000)}${"]".repeat(20_000)}}]`,
  );
  expect(response.status).toBe(400);
  expect(await response.json()).toMatchObject({ detail: expect.stringMatching(/deeper than 64/) });
  expect(await counts()).toEqual(before);
});

test("a double click on “Post reply” and on “Save draft” makes one reply and one verdict", async ({ page }) => {
  const editor = await createUser({ workspaceId: world.owner.id, role: "EDITOR", password: "double click password" });
  const f = await make.anAnnotation(world, { userId: editor.id, workspaceId: world.owner.id, role: "EDITOR" });
  await signIn(page, editor.email, "double click password");

  await page.goto(`/w/${world.owner.slug}/articles/${f.articleId}`);
  await waitForReader(page);
  await page
    .getByRole("complementary", { name: "Annotations" })
    .getByRole("button", { name: /12 people were hurt/ })
    .click();
  const panel = page.getByTestId("annotation-panel");
  await panel.getByRole("textbox", { name: "Reply" }).fill("The hospital says 11.");
  await panel.getByRole("button", { name: "Post reply" }).dblclick();
  await expect(panel.getByText("The hospital says 11.")).toBeVisible();
  // both clicks answered (the second replays the first): one reply, now and once every request has settled
  await expect.poll(() => db.reply.count({ where: { annotationId: f.annotationId } })).toBe(1);
  await page.waitForLoadState("networkidle");
  expect(await db.reply.count({ where: { annotationId: f.annotationId } })).toBe(1);

  const claim = await make.aClaim(world);
  await page.goto(`/w/${world.owner.slug}/claims/${claim.claimId}`);
  await page.getByRole("button", { name: "Write a verdict" }).click();
  await page.getByLabel("Rating").selectOption("MOSTLY_ACCURATE");
  await page.getByLabel("Summary").fill("Two hospitals confirm the figure of twelve.");
  await page.getByLabel("Source URL").fill("https://hospital.example.test/figures");
  await page.getByLabel("Title", { exact: true }).fill("Hospital figures");
  await page.getByRole("button", { name: "Save draft" }).dblclick();
  await expect(page.getByRole("heading", { name: "New verdict" })).toBeHidden();
  expect(await db.verdict.count({ where: { claimId: claim.claimId } })).toBe(1);
});
