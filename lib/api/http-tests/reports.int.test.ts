/** /api/v1 reports over HTTP: the list with export links, and exports streamed with the token's authorization. */
import { describe, expect, it } from "vitest";
import { GET as listReports } from "@/app/api/v1/reports/route";
import { GET as exportReport } from "@/app/api/v1/reports/[reportId]/export/[format]/route";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { createReport } from "@/lib/reports/create-report";
import { publishReport } from "@/lib/reports/publish-report";
import { CreateReportInputSchema } from "@/lib/reports/schemas";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import type { ApiRouteHandler } from "@/lib/api/http/handle-route";
import { expectProblem, ORIGIN, tokenFor } from "@/test/support/api-calls";
import { publicOrigin } from "@/lib/public-urls/public-address";

const TEXT = "Officials said at least 12 people were killed on Tuesday.";

async function world() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const { article, version } = await createArticle(owner.actors.EDITOR, { text: TEXT });
  await createAnnotation(owner.actors.EDITOR, {
    articleId: article.id,
    versionId: version.id,
    start: 15,
    end: 23,
    exact: TEXT.slice(15, 23),
    kind: "NOTE",
    body: "Internal note",
    tags: [],
  });
  const draft = await createReport(
    owner.actors.EDITOR,
    CreateReportInputSchema.parse({ title: "Draft report", scope: "ARTICLE", articleId: article.id }),
  );
  const published = await createReport(
    owner.actors.EDITOR,
    CreateReportInputSchema.parse({ title: "Published report", scope: "ARTICLE", articleId: article.id }),
  );
  const { publicToken } = await publishReport(owner.actors.REVIEWER, published.id);
  return {
    owner,
    outsider,
    draft,
    published,
    publicToken,
    tokens: {
      editor: await tokenFor(owner, "EDITOR"),
      viewer: await tokenFor(owner, "VIEWER"),
      outsider: await tokenFor(outsider, "ADMIN"),
    },
  };
}

/** Calls a file-producing handler and reads the whole body as text. */
async function download(handler: ApiRouteHandler, token: string, reportId: string, format: string, query = "") {
  const request = new Request(`${ORIGIN}/api/v1/reports/${reportId}/export/${format}${query}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  const response = await handler(request, { params: Promise.resolve({ reportId, format }) });
  const text = await response.text();
  const type = response.headers.get("content-type") ?? "";
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: type.includes("json") ? JSON.parse(text) : null,
  };
}

describe("GET /reports", () => {
  it("lists reports with app, public and export links; viewers see published ones only", async () => {
    const w = await world();
    const request = (token: string) =>
      listReports(new Request(`${ORIGIN}/api/v1/reports`, { headers: { Authorization: `Bearer ${token}` } }), {
        params: Promise.resolve({}),
      });
    const editor = await (await request(w.tokens.editor)).json();
    expect(editor.items.map((r: { title: string }) => r.title)).toEqual(["Published report", "Draft report"]);
    expect(editor.items[0].links).toEqual({
      page: `${ORIGIN}/w/${w.owner.workspace.slug}/reports/${w.published.id}`,
      // public addresses are at PUBLIC_BASE_URL, not the API's origin
      public: `${publicOrigin()}/r/${w.publicToken}`,
      exports: expect.objectContaining({ markdown: `${ORIGIN}/api/v1/reports/${w.published.id}/export/markdown` }),
    });
    expect(editor.items[1].links.public).toBeNull();
    const viewer = await (await request(w.tokens.viewer)).json();
    expect(viewer.items.map((r: { id: string }) => r.id)).toEqual([w.published.id]);
    expect((await (await request(w.tokens.outsider)).json()).items).toEqual([]);
  });
});

describe("GET /reports/{id}/export/{format}", () => {
  it("streams the file the link names, with the token's authorization", async () => {
    const w = await world();
    const markdown = await download(exportReport, w.tokens.viewer, w.published.id, "markdown");
    expect(markdown.status).toBe(200);
    expect(markdown.headers.get("content-type")).toContain("text/markdown");
    expect(markdown.headers.get("content-disposition")).toMatch(/^attachment; filename="published-report-.*\.md"$/);
    expect(markdown.text).toContain("Published report");

    const internal = await download(exportReport, w.tokens.editor, w.published.id, "annotations", "?internal=true");
    expect(internal.status).toBe(200);
    expect(internal.body).toMatchObject({ type: "AnnotationCollection" });
    expect(internal.text).toContain("Internal note");
  });

  it("viewer: 403 for a draft or the internal version; outsider: 404; unknown format: 404", async () => {
    const w = await world();
    expectProblemLike(await download(exportReport, w.tokens.viewer, w.draft.id, "markdown"), 403);
    expectProblemLike(await download(exportReport, w.tokens.viewer, w.published.id, "csv", "?internal=true"), 403);
    expectProblemLike(await download(exportReport, w.tokens.outsider, w.published.id, "markdown"), 404);
    expectProblemLike(await download(exportReport, w.tokens.editor, w.published.id, "docx"), 404);
  });
});

function expectProblemLike(response: Awaited<ReturnType<typeof download>>, status: number) {
  expectProblem({ status: response.status, headers: response.headers, body: response.body }, status);
}
