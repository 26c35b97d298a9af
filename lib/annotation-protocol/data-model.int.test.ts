/**
 * The Data Model checker (data-model-check.ts) applied to everything else
 * Factdesk serves or exports as Web Annotations: report exports (internal and
 * published, the latter with and without approved verdicts) and the JSON
 * API's annotations and pages. The protocol container's answers are checked
 * in conformance.int.test.ts.
 */
import { describe, expect, it } from "vitest";
import { createReply } from "@/lib/annotations/create-reply";
import { streamWebAnnotationCollection } from "@/lib/exports/web-annotation";
import { loadExportAnnotations } from "@/lib/reports/content/load-export-annotations";
import { getReport } from "@/lib/reports/get-report";
import { publishReport } from "@/lib/reports/publish-report";
import { annotate, articleReport, claimWithVerdict } from "@/test/support/report-world";
import { createArticle, createWorkspaceWithMembers, type TestArticle, type TestWorkspace } from "@/prisma/factories";
import { GET as listAnnotations } from "@/app/api/v1/articles/[articleId]/annotations/route";
import { GET as getAnnotation } from "@/app/api/v1/annotations/[annotationId]/route";
import { call, ORIGIN, tokenFor } from "@/test/support/api-calls";
import { checkDataModel } from "./data-model-check";

const TEXT = "Officials said at least 12 people were killed. The mayor said 40 million euros were lost.";
const ARTICLE_URL = "https://news.example.test/data-model";

async function world() {
  const ws = await createWorkspaceWithMembers();
  const article = await createArticle(ws.actors.EDITOR, {
    text: TEXT,
    url: `${ARTICLE_URL}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  });
  return { ws, article };
}

async function exportReport(ws: TestWorkspace, article: TestArticle, internal: boolean) {
  const report = await articleReport(ws, article, "Data model");
  if (!internal) await publishReport(ws.actors.REVIEWER, report.id);
  const record = (await getReport(ws.actors.EDITOR, report.id, { internal })).record;
  const links = {
    report: `https://a.example.test/r/${report.id}`,
    article: (id: string) => `https://a.example.test/w/${ws.workspace.slug}/articles/${id}`,
  };
  let out = "";
  for await (const chunk of streamWebAnnotationCollection(
    { id: links.report, label: "Data model", generatedAt: new Date() },
    loadExportAnnotations(ws.actors.EDITOR, record, { internal, links }),
  ))
    out += chunk;
  return JSON.parse(out);
}

describe("report exports meet the Data Model", () => {
  it("internal: every annotation and reply has a creator with an id; the page names its collection and start", async () => {
    const { ws, article } = await world();
    const note = await annotate(ws.actors.EDITOR, article, "at least 12 people were killed", { body: "Check it." });
    await createReply(ws.actors.REVIEWER, { annotationId: note.id, body: "The city says 14." });
    const doc = await exportReport(ws, article, true);
    expect(checkDataModel(doc)).toEqual([]);
    expect(doc.first).toMatchObject({ partOf: doc.id, startIndex: 0 });
    expect(doc.first.items.map((i: { creator: { id: string } }) => i.creator.id)).toEqual([
      expect.stringMatching(new RegExp(`/agents/users/${ws.users.EDITOR.id}$`)),
      expect.stringMatching(new RegExp(`/agents/users/${ws.users.REVIEWER.id}$`)),
    ]);
    expect(doc.first.items[0].target).toMatchObject({
      source: expect.stringContaining(ARTICLE_URL),
      scope: expect.stringContaining(`/articles/${article.article.id}`),
    });
  });

  it("published with an approved verdict: the organisation is the creator, with an id", async () => {
    const { ws, article } = await world();
    await claimWithVerdict(ws, article, "at least 12 people were killed", "APPROVED");
    const doc = await exportReport(ws, article, false);
    expect(checkDataModel(doc)).toEqual([]);
    expect(doc.first.items[0].creator).toMatchObject({
      type: "Organization",
      id: expect.stringMatching(new RegExp(`/agents/workspaces/${ws.workspace.id}$`)),
    });
  });

  it("published without approved verdicts: a collection with no page at all, never an empty one", async () => {
    const { ws, article } = await world();
    await claimWithVerdict(ws, article, "40 million euros", "DRAFT");
    const doc = await exportReport(ws, article, false);
    expect(doc).toMatchObject({ type: "AnnotationCollection", total: 0 });
    expect(doc).not.toHaveProperty("first");
    expect(checkDataModel(doc)).toEqual([]);
  });
});

describe("the JSON API's annotations meet the Data Model", () => {
  it("GET /annotations/{id} and the pages of GET /articles/{id}/annotations (partOf, startIndex)", async () => {
    const { ws, article } = await world();
    const first = await annotate(ws.actors.EDITOR, article, "at least 12 people were killed");
    await annotate(ws.actors.EDITOR, article, "40 million euros");
    const token = await tokenFor(ws, "VIEWER");
    const one = await call(getAnnotation, "GET", `/annotations/${first.id}`, {
      token,
      params: { annotationId: first.id },
    });
    expect(checkDataModel(one.body)).toEqual([]);
    const list = (query: Record<string, string>) =>
      call(listAnnotations, "GET", `/articles/${article.article.id}/annotations`, {
        token,
        params: { articleId: article.article.id },
        query,
      });
    const page1 = await list({ limit: "1" });
    const page2 = await list({ limit: "1", cursor: new URL(page1.body.next).searchParams.get("cursor")! });
    for (const [page, startIndex] of [
      [page1.body, 0],
      [page2.body, 1],
    ] as const) {
      expect(page).toMatchObject({ partOf: `${ORIGIN}/api/v1/articles/${article.article.id}/container/`, startIndex });
      expect(checkDataModel(page)).toEqual([]);
    }
  });
});
