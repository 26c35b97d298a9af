/**
 * The API's Idempotency-Key and its input hardening, through the real route
 * handlers: two concurrent POSTs with one key make one row and both answer
 * 2xx (or 409); a replay returns the same body, marked Idempotent-Replayed;
 * the same key with another body is 422; a malformed key is 400. Lone
 * surrogates and 20,000-deep bodies are 400 naming the field, writing nothing.
 */
import { describe, expect, it } from "vitest";
import { POST as importArticle } from "@/app/api/v1/articles/route";
import { POST as postClaim } from "@/app/api/v1/claims/route";
import { db } from "@/lib/db/client";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createArticle, createWorkspaceWithMembers, uniqueSuffix } from "@/prisma/factories";
import { call, expectProblem, tokenFor } from "@/test/support/api-calls";

const TEXT = "Officials said at least 12 people were hurt in the flood on Monday. The mayor said the old dam held.";
const articleBody = (title: string) => ({ content: TEXT, title, outlet: "Wire" });

describe("Idempotency-Key on POST", () => {
  it("two concurrent imports with one key make one article; a replay answers the same body, marked replayed", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "EDITOR");
    const title = `Flood ${uniqueSuffix()}`;
    const headers = { "Idempotency-Key": crypto.randomUUID() };
    const send = () => call(importArticle, "POST", "/articles", { token, body: articleBody(title), headers });
    const [first, second] = await Promise.all([send(), send()]);
    for (const answer of [first, second]) expect([201, 409], JSON.stringify(answer.body)).toContain(answer.status);
    expect(await db.article.count({ where: { workspaceId: world.workspace.id, title } })).toBe(1);

    const replay = await send();
    expect(replay.status).toBe(201);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
    const original = [first, second].find(
      (answer) => answer.status === 201 && !answer.headers.get("Idempotent-Replayed"),
    )!;
    expect(replay.body).toEqual(original.body);
    expect(replay.headers.get("Location")).toBe(original.headers.get("Location"));
    expect(await db.article.count({ where: { workspaceId: world.workspace.id, title } })).toBe(1);
  });

  it("without a key, two imports make two articles (the key is what makes a repeat a repeat)", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "EDITOR");
    const title = `Flood ${uniqueSuffix()}`;
    await Promise.all([1, 2].map(() => call(importArticle, "POST", "/articles", { token, body: articleBody(title) })));
    expect(await db.article.count({ where: { workspaceId: world.workspace.id, title } })).toBe(2);
  });

  it("the same key with another body is 422; a malformed key is 400; neither writes", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "EDITOR");
    const key = crypto.randomUUID();
    expect(
      (
        await call(importArticle, "POST", "/articles", {
          token,
          body: articleBody("First title"),
          headers: { "Idempotency-Key": key },
        })
      ).status,
    ).toBe(201);
    const before = await db.article.count({ where: { workspaceId: world.workspace.id } });
    expectProblem(
      await call(importArticle, "POST", "/articles", {
        token,
        body: articleBody("Other title"),
        headers: { "Idempotency-Key": key },
      }),
      422,
    );
    expectProblem(
      await call(importArticle, "POST", "/articles", {
        token,
        body: articleBody("Third title"),
        headers: { "Idempotency-Key": "x".repeat(256) },
      }),
      400,
    );
    expectProblem(
      await call(importArticle, "POST", "/articles", {
        token,
        body: articleBody("Third title"),
        headers: { "Idempotency-Key": "schlüssel" },
      }),
      400,
    );
    expect(await db.article.count({ where: { workspaceId: world.workspace.id } })).toBe(before);
  });

  it("keys are per token: another token's same key runs its own request", async () => {
    const world = await createWorkspaceWithMembers();
    const key = crypto.randomUUID();
    const title = `Flood ${uniqueSuffix()}`;
    for (const role of ["EDITOR", "ADMIN"] as const) {
      const answer = await call(importArticle, "POST", "/articles", {
        token: await tokenFor(world, role),
        body: articleBody(title),
        headers: { "Idempotency-Key": key },
      });
      expect(answer.headers.get("Idempotent-Replayed")).toBeNull();
    }
    expect(await db.article.count({ where: { workspaceId: world.workspace.id, title } })).toBe(2);
  });
});

describe("input hardening of API bodies", () => {
  it("a lone surrogate in a claim statement or an article title is 400 naming the field, and nothing is written", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "EDITOR");
    const { article, version } = await createArticle(world.actors.EDITOR, { text: TEXT });
    const phrase = "at least 12 people were hurt";
    const start = TEXT.indexOf(phrase);
    const annotation = await createAnnotation(world.actors.EDITOR, {
      articleId: article.id,
      versionId: version.id,
      start,
      end: start + phrase.length,
      exact: phrase,
      kind: "NOTE",
      body: "",
      tags: [],
    });
    const counts = async () => [
      await db.claim.count({ where: { workspaceId: world.workspace.id } }),
      await db.article.count({ where: { workspaceId: world.workspace.id } }),
      await db.auditEvent.count({ where: { workspaceId: world.workspace.id } }),
    ];
    const before = await counts();

    const claim = await call(postClaim, "POST", "/claims", {
      token,
      body: `{"annotationId":"${annotation.id}","statement":"At least 12 \\ud800 people were hurt"}`,
    });
    expectProblem(claim, 400);
    expect(claim.body.errors).toEqual([{ pointer: "/statement", detail: expect.stringMatching(/surrogate/) }]);
    const title = await call(importArticle, "POST", "/articles", {
      token,
      body: `{"content":"${TEXT}","title":"Flood \\udc00 update"}`,
    });
    expectProblem(title, 400);
    expect(title.body.errors).toEqual([{ pointer: "/title", detail: expect.stringMatching(/surrogate/) }]);
    // a proper pair (an emoji, escaped) is fine
    expect(
      (
        await call(importArticle, "POST", "/articles", {
          token,
          body: `{"content":"${TEXT}","title":"Flood \\ud83c\\udf0a update"}`,
        })
      ).status,
    ).toBe(201);
    const [claims, articles, audits] = await counts();
    expect([claims, articles! - 1]).toEqual(before.slice(0, 2));
    expect(audits).toBeGreaterThan(before[2]!);
  });

  it("a 20,000-deep body is 400, not a stack overflow", async () => {
    const world = await createWorkspaceWithMembers();
    const token = await tokenFor(world, "EDITOR");
    const deep = `{"annotationId":"x","statement":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    const answer = await call(postClaim, "POST", "/claims", { token, body: deep });
    expectProblem(answer, 400);
    expect(answer.body.detail).toMatch(/deeper than 64/);
  });
});
