/** /api/v1 annotations over HTTP, as W3C Web Annotations in and out, with the authorization matrix. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { GET as listAnnotations, POST as postAnnotation } from "@/app/api/v1/articles/[articleId]/annotations/route";
import {
  DELETE as deleteAnnotation,
  GET as getAnnotation,
  PUT as putAnnotation,
} from "@/app/api/v1/annotations/[annotationId]/route";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { workspaceFingerprint } from "@/test/workspace-fingerprint";
import { call, expectProblem, ORIGIN, tokenFor, type ApiResponse } from "@/test/support/api-calls";

const TEXT = "😀 Officials said at least 12 people were killed. Later, at least 12 people were hurt.";
const QUOTE = "at least 12 people were killed";

function webAnnotation(selector: object[], extra: object = {}) {
  return {
    "@context": "http://www.w3.org/ns/anno.jsonld",
    type: "Annotation",
    motivation: "commenting",
    body: [
      { type: "TextualBody", value: "Check the **police** figure.", format: "text/markdown", purpose: "commenting" },
      { type: "TextualBody", value: "Casualties", purpose: "tagging" },
    ],
    target: { source: "https://news.example.test/story", selector },
    ...extra,
  };
}

async function world() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const { article, version } = await createArticle(owner.actors.EDITOR, { text: TEXT });
  const start = TEXT.indexOf(QUOTE);
  const byEditor = await createAnnotation(owner.actors.EDITOR, {
    articleId: article.id,
    versionId: version.id,
    start,
    end: start + QUOTE.length,
    exact: QUOTE,
    kind: "NOTE",
    body: "Editor's note",
    tags: [],
  });
  return {
    owner,
    outsider,
    article,
    byEditor,
    tokens: {
      editor: await tokenFor(owner, "EDITOR"),
      viewer: await tokenFor(owner, "VIEWER"),
      admin: await tokenFor(owner, "ADMIN"),
      outsider: await tokenFor(outsider, "ADMIN"),
    },
  };
}

const post = (token: string, articleId: string, body: unknown, contentType = "application/ld+json") =>
  call(postAnnotation, "POST", `/articles/${articleId}/annotations`, {
    token,
    params: { articleId },
    body,
    contentType,
  });
const get = (token: string, annotationId: string) =>
  call(getAnnotation, "GET", `/annotations/${annotationId}`, { token, params: { annotationId } });
const idOf = (response: ApiResponse) => String(response.body.id).split("/").at(-1)!;

describe("POST /articles/{id}/annotations", () => {
  it("creates from a quote alone and answers the Web Annotation with both selectors", async () => {
    const w = await world();
    const response = await post(
      w.tokens.editor,
      w.article.id,
      webAnnotation([{ type: "TextQuoteSelector", exact: QUOTE, suffix: "." }], { motivation: "highlighting" }),
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(response.headers.get("content-type")).toBe(
      'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    );
    const id = idOf(response);
    expect(response.headers.get("Location")).toBe(`/api/v1/annotations/${id}`);
    expect(response.headers.get("ETag")).toBe((await get(w.tokens.editor, id)).headers.get("ETag"));
    const utf16Start = TEXT.indexOf(QUOTE);
    expect(response.body).toMatchObject({
      "@context": ["http://www.w3.org/ns/anno.jsonld", { factdesk: expect.any(String) }],
      id: `${ORIGIN}/api/v1/annotations/${id}`,
      canonical: `${ORIGIN}/w/${w.owner.workspace.slug}/articles/${w.article.id}#annotation-${id}`,
      type: "Annotation",
      motivation: "highlighting",
      body: [
        { type: "TextualBody", value: "Check the **police** figure.", purpose: "commenting" },
        { type: "TextualBody", value: "casualties", purpose: "tagging" },
      ],
      target: {
        selector: [
          { type: "TextQuoteSelector", exact: QUOTE },
          // the emoji is one code point but two UTF-16 code units
          {
            type: "TextPositionSelector",
            start: utf16Start - 1,
            end: utf16Start - 1 + QUOTE.length,
            "factdesk:utf16Start": utf16Start,
            "factdesk:utf16End": utf16Start + QUOTE.length,
          },
        ],
      },
      "factdesk:anchorState": "EXACT",
    });
    const row = await db.annotation.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      start: utf16Start,
      end: utf16Start + QUOTE.length,
      kind: "CLAIM",
      tags: ["casualties"],
      authorId: w.owner.users.ADMIN.id,
    });
  });

  it("takes a TextPositionSelector in code points, and accepts application/json too", async () => {
    const w = await world();
    const second = TEXT.lastIndexOf("at least 12 people");
    const codePoints = [...TEXT.slice(0, second)].length;
    const response = await post(
      w.tokens.editor,
      w.article.id,
      webAnnotation([
        { type: "TextQuoteSelector", exact: "at least 12 people" },
        { type: "TextPositionSelector", start: codePoints, end: codePoints + 18 },
      ]),
      "application/json",
    );
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    expect(await db.annotation.findUniqueOrThrow({ where: { id: idOf(response) }, select: { start: true } })).toEqual({
      start: second,
    });
  });

  it.each([
    ["a quote that is not in the text", [{ type: "TextQuoteSelector", exact: "at least 19 people" }]],
    [
      "a quote found twice with nothing to tell them apart",
      [{ type: "TextQuoteSelector", exact: "at least 12 people" }],
    ],
    [
      "a position that does not hold the quote",
      [
        { type: "TextQuoteSelector", exact: QUOTE },
        { type: "TextPositionSelector", start: 0, end: QUOTE.length },
      ],
    ],
    [
      "a position beyond the text",
      [
        { type: "TextQuoteSelector", exact: QUOTE },
        { type: "TextPositionSelector", start: 500, end: 530 },
      ],
    ],
  ])("refuses %s with 422, storing nothing", async (_name, selector) => {
    const w = await world();
    const before = await workspaceFingerprint(w.owner.workspace.id);
    expectProblem(await post(w.tokens.editor, w.article.id, webAnnotation(selector)), 422);
    expect(await workspaceFingerprint(w.owner.workspace.id)).toEqual(before);
  });

  it.each([
    ["not an annotation", { type: "Collection" }],
    [
      "a reply",
      {
        type: "Annotation",
        motivation: "replying",
        body: { type: "TextualBody", value: "hi" },
        target: "https://x.test/#annotation-1",
      },
    ],
    ["no quote selector", webAnnotation([{ type: "TextPositionSelector", start: 0, end: 4 }])],
    [
      "an invalid tag",
      webAnnotation([{ type: "TextQuoteSelector", exact: QUOTE }], {
        body: [{ type: "TextualBody", value: "#$%", purpose: "tagging" }],
      }),
    ],
  ])("refuses %s with 400 and field pointers", async (_name, body) => {
    const w = await world();
    const response = await post(w.tokens.editor, w.article.id, body);
    expectProblem(response, 400);
  });

  it("viewer: 403; another workspace's token: 404; both change nothing", async () => {
    const w = await world();
    const before = await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)));
    const body = webAnnotation([{ type: "TextQuoteSelector", exact: QUOTE }]);
    expectProblem(await post(w.tokens.viewer, w.article.id, body), 403);
    expectProblem(await post(w.tokens.outsider, w.article.id, body), 404);
    expect(await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)))).toEqual(before);
  });
});

describe("GET /articles/{id}/annotations", () => {
  it("is a W3C AnnotationPage, paged with `next` and back with `prev`", async () => {
    const w = await world();
    await post(w.tokens.editor, w.article.id, webAnnotation([{ type: "TextQuoteSelector", exact: "Officials said" }]));
    const first = await call(listAnnotations, "GET", `/articles/${w.article.id}/annotations`, {
      token: w.tokens.viewer,
      params: { articleId: w.article.id },
      query: { limit: "1" },
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      type: "AnnotationPage",
      id: `${ORIGIN}/api/v1/articles/${w.article.id}/annotations?limit=1`,
      items: [{ target: { selector: [{ exact: "Officials said" }, {}] } }],
    });
    const next = new URL(first.body.next);
    const second = await call(listAnnotations, "GET", `/articles/${w.article.id}/annotations`, {
      token: w.tokens.viewer,
      params: { articleId: w.article.id },
      query: Object.fromEntries(next.searchParams),
    });
    expect(second.body.items.map((a: { id: string }) => a.id)).toEqual([
      `${ORIGIN}/api/v1/annotations/${w.byEditor.id}`,
    ]);
    expect(second.body).not.toHaveProperty("next");
    // and back: `prev` (and Link rel="prev") reads the first page again, which has none
    expect(first.body).not.toHaveProperty("prev");
    expect(first.headers.get("Link")).toBe(`<${next.pathname}${next.search}>; rel="next"`);
    expect(second.body.startIndex).toBe(1);
    const prev = new URL(second.body.prev);
    expect(second.headers.get("Link")).toBe(`<${prev.pathname}${prev.search}>; rel="prev"`);
    const back = await call(listAnnotations, "GET", `/articles/${w.article.id}/annotations`, {
      token: w.tokens.viewer,
      params: { articleId: w.article.id },
      query: Object.fromEntries(prev.searchParams),
    });
    expect(back.body.items.map((a: { id: string }) => a.id)).toEqual(first.body.items.map((a: { id: string }) => a.id));
    expect(back.body).not.toHaveProperty("prev");
    // regression: a page read backwards counted the rows older than its cursor as coming before it
    expect(back.body.startIndex).toBe(0);
  });

  it("another workspace's article: 404", async () => {
    const w = await world();
    expectProblem(
      await call(listAnnotations, "GET", `/articles/${w.article.id}/annotations`, {
        token: w.tokens.outsider,
        params: { articleId: w.article.id },
      }),
      404,
    );
  });
});

describe("GET, PUT, DELETE /annotations/{id}", () => {
  it("round-trips: GET, edit, PUT with If-Match; a stale If-Match is 412", async () => {
    const w = await world();
    const created = await post(
      w.tokens.editor,
      w.article.id,
      webAnnotation([{ type: "TextQuoteSelector", exact: QUOTE }]),
    );
    const annotationId = idOf(created);
    const read = await get(w.tokens.editor, annotationId);
    expect(read.status).toBe(200);
    const etag = read.headers.get("ETag")!;
    expect(etag).toMatch(/^"[\w-]+"$/);

    const edited = {
      ...read.body,
      motivation: "highlighting",
      body: [{ type: "TextualBody", value: "Now a claim.", purpose: "commenting" }],
    };
    const put = await call(putAnnotation, "PUT", `/annotations/${annotationId}`, {
      token: w.tokens.editor,
      params: { annotationId },
      body: edited,
      contentType: "application/ld+json",
      headers: { "If-Match": etag },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    expect(put.headers.get("ETag")).not.toBe(etag);
    expect(put.headers.get("ETag")).toBe((await get(w.tokens.editor, annotationId)).headers.get("ETag"));
    expect(put.body).toMatchObject({ motivation: "highlighting", body: [{ value: "Now a claim." }] });
    expect(put.body).not.toHaveProperty("body.1");

    const stale = await call(putAnnotation, "PUT", `/annotations/${annotationId}`, {
      token: w.tokens.editor,
      params: { annotationId },
      body: { ...edited, motivation: "commenting" },
      headers: { "If-Match": etag },
    });
    expectProblem(stale, 412);
    expect(stale.body.code).toBe("precondition_failed");
    expect((await db.annotation.findUniqueOrThrow({ where: { id: annotationId } })).kind).toBe("CLAIM");
    const moved = {
      ...edited,
      target: { ...edited.target, selector: [{ type: "TextQuoteSelector", exact: "Officials said" }] },
    };
    expectProblem(
      await call(putAnnotation, "PUT", `/annotations/${annotationId}`, {
        token: w.tokens.editor,
        params: { annotationId },
        body: moved,
      }),
      422,
    );
    expectProblem(
      await call(putAnnotation, "PUT", `/annotations/${annotationId}`, {
        token: w.tokens.editor,
        params: { annotationId },
        body: edited,
        headers: { "If-Match": "yesterday" },
      }),
      400,
    );
  });

  it("PUT on someone else's annotation: 403 (only the author edits); viewer 403; outsider 404; nothing changes", async () => {
    const w = await world();
    const annotationId = w.byEditor.id;
    const body = (await get(w.tokens.viewer, annotationId)).body;
    const before = await workspaceFingerprint(w.owner.workspace.id);
    // every token acts as its creator (the admin), who did not write this note
    expectProblem(
      await call(putAnnotation, "PUT", `/annotations/${annotationId}`, {
        token: w.tokens.editor,
        params: { annotationId },
        body,
      }),
      403,
    );
    expectProblem(
      await call(putAnnotation, "PUT", `/annotations/${annotationId}`, {
        token: w.tokens.viewer,
        params: { annotationId },
        body,
      }),
      403,
    );
    expectProblem(
      await call(putAnnotation, "PUT", `/annotations/${annotationId}`, {
        token: w.tokens.outsider,
        params: { annotationId },
        body,
      }),
      404,
    );
    expectProblem(await get(w.tokens.outsider, annotationId), 404);
    expect(await workspaceFingerprint(w.owner.workspace.id)).toEqual(before);
  });

  it("DELETE: viewer 403, outsider 404, admin 204 (moderation), then 404", async () => {
    const w = await world();
    const annotationId = w.byEditor.id;
    const del = (token: string) =>
      call(deleteAnnotation, "DELETE", `/annotations/${annotationId}`, { token, params: { annotationId } });
    const before = await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)));
    expectProblem(await del(w.tokens.viewer), 403);
    expectProblem(await del(w.tokens.outsider), 404);
    expect(await Promise.all([w.owner, w.outsider].map((x) => workspaceFingerprint(x.workspace.id)))).toEqual(before);
    const deleted = await del(w.tokens.admin);
    expect(deleted.status).toBe(204);
    expect(deleted.body).toBeNull();
    expectProblem(await get(w.tokens.viewer, annotationId), 404);
  });
});
