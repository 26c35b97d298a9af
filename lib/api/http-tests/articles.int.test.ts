/** /api/v1/articles over HTTP: list by cursor, get with text, import in every format, and the refusals. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { GET as listArticles, POST as importArticle } from "@/app/api/v1/articles/route";
import { GET as getArticle } from "@/app/api/v1/articles/[articleId]/route";
import { createArticle, createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import { readTestArticle } from "@/test/articles/test-articles";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";

const articleText = readTestArticle("depot-blast-courier");

describe("GET /articles", () => {
  it("pages through every article once, newest first, by cursor and Link header (prev and next)", async () => {
    const world = await createWorkspaceWithMembers();
    const created = [];
    for (let i = 0; i < 5; i++)
      created.push((await createArticle(world.actors.EDITOR, { title: `Paged ${i}` })).article.id);
    const token = await tokenFor(world, "VIEWER");

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const response = await call(listArticles, "GET", "/articles", {
        token,
        query: { limit: "2", ...(cursor ? { cursor } : {}) },
      });
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...response.body.items.map((a: { id: string }) => a.id));
      const previous: string | null = response.body.previousCursor;
      cursor = response.body.nextCursor ?? undefined;
      const links = [
        ...(previous ? [`</api/v1/articles?limit=2&cursor=${previous}>; rel="prev"`] : []),
        ...(cursor ? [`</api/v1/articles?limit=2&cursor=${cursor}>; rel="next"`] : []),
      ];
      expect(response.headers.get("Link")).toBe(links.length ? links.join(", ") : null);
      expect(Boolean(previous)).toBe(pages > 0);
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...created].reverse());
  });

  it("lists only the token's workspace", async () => {
    const world = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const mine = await createArticle(world.actors.EDITOR);
    await createArticle(other.actors.EDITOR);
    const response = await call(listArticles, "GET", "/articles", { token: await tokenFor(world, "VIEWER") });
    expect(response.body.items.map((a: { id: string }) => a.id)).toEqual([mine.article.id]);
    expect(response.body.items[0]).toMatchObject({
      title: mine.article.title,
      latestVersion: 1,
      createdAt: expect.stringMatching(/Z$/),
    });
  });

  it.each([
    [{ limit: "0" }, "/limit"],
    [{ limit: "101" }, "/limit"],
    [{ limit: "ten" }, "/limit"],
    [{ cursor: "bm90LWEtY3Vyc29y" }, "/cursor"],
  ])("refuses bad paging %o with 400 and the field", async (query, pointer) => {
    const world = await createWorkspaceWithMembers();
    const response = await call(listArticles, "GET", "/articles", { token: await tokenFor(world, "VIEWER"), query });
    expectProblem(response, 400);
    expect(response.body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
  });
});

describe("GET /articles/{id}", () => {
  it("returns the latest version with its canonical text", async () => {
    const world = await createWorkspaceWithMembers();
    const { article, version } = await createArticle(world.actors.EDITOR, { text: "Line one.\n\nLine two 😀." });
    const response = await call(getArticle, "GET", `/articles/${article.id}`, {
      token: await tokenFor(world, "VIEWER"),
      params: { articleId: article.id },
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      id: article.id,
      title: article.title,
      version: { number: 1, text: version.text, sha256: version.sha256 },
    });
    expect(response.body.versions).toHaveLength(1);
    expect(response.body).not.toHaveProperty("annotations");
  });

  it("another workspace's article is 404, like one that does not exist", async () => {
    const world = await createWorkspaceWithMembers();
    const other = await createWorkspaceWithMembers();
    const theirs = await createArticle(other.actors.EDITOR);
    const token = await tokenFor(world, "ADMIN");
    expectProblem(
      await call(getArticle, "GET", `/articles/${theirs.article.id}`, {
        token,
        params: { articleId: theirs.article.id },
      }),
      404,
    );
    expectProblem(await call(getArticle, "GET", "/articles/nope", { token, params: { articleId: "nope" } }), 404);
  });
});

describe("POST /articles", () => {
  it("imports JSON text with metadata, and answers 201 with Location and the article", async () => {
    const world = await createWorkspaceWithMembers();
    const title = `River ${uniqueSuffix()}`;
    const response = await call(importArticle, "POST", "/articles", {
      token: await tokenFor(world, "EDITOR"),
      body: { content: articleText, title, outlet: "Coastal Courier", publishedAt: "2024-05-01", language: "en" },
    });
    expect(response.status).toBe(201);
    expect(response.headers.get("Location")).toBe(`/api/v1/articles/${response.body.id}`);
    expect(response.body).toMatchObject({
      title,
      outlet: "Coastal Courier",
      publishedAt: "2024-05-01T00:00:00.000Z",
      language: "en",
      version: { number: 1 },
    });
    expect(response.body.version.text.length).toBeGreaterThan(500);
    const audit = await db.auditEvent.findFirst({
      where: { workspaceId: world.workspace.id, action: "article.created", entityId: response.body.id },
    });
    expect(audit?.actorId).toBe(world.users.ADMIN.id);
  });

  it.each([
    [
      "text/markdown",
      "# Flood update\n\nAt **least 12** people were hurt.",
      "At least 12 people were hurt.",
      "Flood update",
    ],
    [
      "text/html",
      "<html><head><title>Flood update</title></head><body><article><h1>Flood update</h1><p>At least 12 people were hurt, officials said in a statement on Tuesday.</p></article></body></html>",
      "At least 12 people were hurt",
      "Flood update",
    ],
    ["text/plain", "Flood update\n\nAt least 12 people were hurt.", "At least 12 people were hurt.", "Flood update"],
  ])(
    "imports a raw %s body through the import page's path",
    async (contentType, content, expectedText, expectedTitle) => {
      const world = await createWorkspaceWithMembers();
      const response = await call(importArticle, "POST", "/articles", {
        token: await tokenFor(world, "EDITOR"),
        body: content,
        contentType,
        query: { outlet: "Wire" },
      });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      expect(response.body.title).toBe(expectedTitle);
      expect(response.body.outlet).toBe("Wire");
      expect(response.body.version.text).toContain(expectedText);
      expect(response.body.version.text).not.toContain("**");
    },
  );

  it("a viewer token: 403 and nothing stored", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "VIEWER");
    const before = await workspaceFingerprint(world.workspace.id);
    expectProblem(await call(importArticle, "POST", "/articles", { token, body: { content: "Some text here." } }), 403);
    expect(await workspaceFingerprint(world.workspace.id)).toEqual(before);
  });

  it("refuses bad bodies without a 500: 415, 400 (JSON, fields), 413, 422", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "EDITOR");
    const before = await workspaceFingerprint(world.workspace.id);

    expectProblem(
      await call(importArticle, "POST", "/articles", { token, body: "x", contentType: "application/pdf" }),
      415,
    );
    expectProblem(await call(importArticle, "POST", "/articles", { token }), 415);
    expectProblem(
      await call(importArticle, "POST", "/articles", { token, body: "{not json", contentType: "application/json" }),
      400,
    );
    const fields = await call(importArticle, "POST", "/articles", { token, body: { format: "pdf", content: "" } });
    expectProblem(fields, 400);
    expect(fields.body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/content", "/format"]);
    const huge = "a".repeat(7 * 1024 * 1024);
    expectProblem(
      await call(importArticle, "POST", "/articles", { token, body: huge, contentType: "text/plain" }),
      413,
    );
    const invalidDate = await call(importArticle, "POST", "/articles", {
      token,
      body: { content: "Some text here.", publishedAt: "2024-02-30" },
    });
    expectProblem(invalidDate, 422);
    expect(invalidDate.body.errors[0].pointer).toBe("/publishedAt");
    expectProblem(
      await call(importArticle, "POST", "/articles", {
        token,
        body: "<html><body><script>x</script></body></html>",
        contentType: "text/html",
      }),
      422,
    );

    expect(await workspaceFingerprint(world.workspace.id)).toEqual(before);
  });
});
