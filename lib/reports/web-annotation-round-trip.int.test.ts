/**
 * W3C Web Annotation round trip between two workspaces holding the same
 * article text: export from A → import into B → export from B gives the same
 * annotations (selectors in code points and UTF-16 units, quote context,
 * bodies, tags, kinds, replies and their dates). Creators become B's
 * importing editor (see importWebAnnotations). Imports are all or nothing.
 */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { InvalidInputError, PayloadTooLargeError } from "@/lib/errors";
import { createReply } from "@/lib/annotations/create-reply";
import { streamWebAnnotationCollection, parseWebAnnotations } from "@/lib/exports/web-annotation";
import { loadExportAnnotations } from "@/lib/reports/content/load-export-annotations";
import { importWebAnnotations, MAX_ANNOTATION_FILE_BYTES } from "@/lib/reports/import-web-annotations";
import { getReport } from "@/lib/reports/get-report";
import { annotate, articleReport, claimWithVerdict } from "@/test/support/report-world";
import { createArticle, createWorkspaceWithMembers, type TestArticle, type TestWorkspace } from "@/prisma/factories";
import { expectRefusedWithoutChange } from "@/test/workspace-fingerprint";
import { readTestArticle } from "@/test/articles/test-articles";

const ARTICLE = readTestArticle("depot-blast-northwire");
// the article with an emoji and a combining accent before the passages, so code points and UTF-16 units differ
const TEXT = `Live updates 🇺🇦 — café\u0301 edition\n\n${ARTICLE}`;

async function exportArticle(ws: TestWorkspace, article: TestArticle): Promise<string> {
  const report = await articleReport(ws, article, "Round trip");
  const record = (await getReport(ws.actors.EDITOR, report.id, { internal: true })).record;
  const links = {
    report: `https://a.example.test/r/${report.id}`,
    article: (id: string) => `https://a.example.test/w/${ws.workspace.slug}/articles/${id}`,
  };
  let out = "";
  for await (const chunk of streamWebAnnotationCollection(
    { id: links.report, label: "Round trip", generatedAt: new Date() },
    loadExportAnnotations(ws.actors.EDITOR, record, { internal: true, links }),
  ))
    out += chunk;
  return out;
}

const file = (json: string) => ({ name: "export.jsonld", bytes: new TextEncoder().encode(json) });

/** What must survive the trip: everything but ids, the source document and the creators. */
function comparable(json: string) {
  return parseWebAnnotations(JSON.parse(json)).map(
    ({ sourceId: _id, source: _source, creatorName: _creator, replies, ...a }) => ({
      ...a,
      replies: replies.map(({ sourceId: _rid, creatorName: _rc, ...r }) => r),
    }),
  );
}

async function annotatedWorkspace() {
  const a = await createWorkspaceWithMembers();
  const article = await createArticle(a.actors.EDITOR, {
    text: TEXT,
    title: "Kyiv strike",
    url: "https://news.example.test/kyiv-strike",
  });
  const note = await annotate(a.actors.EDITOR, article, "killed at least 12 people", {
    body: "Compare with the **city's** count.",
    tags: ["casualties", "kyiv"],
  });
  await createReply(a.actors.REVIEWER, { annotationId: note.id, body: "The city says 14." });
  await createReply(a.actors.EDITOR, { annotationId: note.id, body: "Checking with the mayor's office." });
  await annotate(a.actors.EDITOR, article, "12 people and injured 90 others", { kind: "CLAIM" }); // overlaps the note
  await annotate(a.actors.REVIEWER, article, "café\u0301", { body: "Combining accent" });
  await claimWithVerdict(a, article, "injured 90 others", "APPROVED");
  return { a, article };
}

describe("W3C Web Annotation round trip", () => {
  it("export from A → import into B → export from B gives the same annotations", async () => {
    const { a, article } = await annotatedWorkspace();
    const fromA = await exportArticle(a, article);
    expect(comparable(fromA)).toHaveLength(4);

    const b = await createWorkspaceWithMembers();
    const target = await createArticle(b.actors.EDITOR, {
      text: TEXT,
      title: "Kyiv strike (B)",
      url: "https://news.example.test/kyiv-strike",
    });
    // matched by source URL = article URL, no article chosen
    const result = await importWebAnnotations(b.actors.EDITOR, { file: file(fromA), articleId: null });
    expect(result).toEqual({
      annotations: 4,
      replies: 2,
      textChanged: 0,
      articles: [{ id: target.article.id, title: "Kyiv strike (B)", annotations: 4 }],
    });
    const fromB = await exportArticle(b, target);
    expect(comparable(fromB)).toEqual(comparable(fromA));

    const imported = await db.annotation.findMany({
      where: { workspaceId: b.workspace.id },
      select: { authorId: true, anchorState: true },
    });
    expect(imported.every((x) => x.authorId === b.actors.EDITOR.userId && x.anchorState === "EXACT")).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { workspaceId: b.workspace.id, action: "annotations.imported" },
    });
    expect(audit).toMatchObject({
      entityType: "Article",
      entityId: target.article.id,
      actorId: b.actors.EDITOR.userId,
    });
    expect((audit.after as { creators: string[] }).creators.sort()).toEqual(
      [a.users.EDITOR.name, a.users.REVIEWER.name].sort(),
    );
  });

  it("re-anchors by quote when the target text moved, and marks a changed quote", async () => {
    const { a, article } = await annotatedWorkspace();
    const fromA = await exportArticle(a, article);
    const b = await createWorkspaceWithMembers();
    const moved = `Editor's note: updated.\n\n${TEXT.replace("injured 90 others", "injured 91 others")}`;
    const target = await createArticle(b.actors.EDITOR, { text: moved, url: null });
    const result = await importWebAnnotations(b.actors.EDITOR, { file: file(fromA), articleId: target.article.id });
    expect(result).toMatchObject({ annotations: 4, textChanged: 2 });
    const rows = await db.annotation.findMany({
      where: { workspaceId: b.workspace.id },
      select: { start: true, end: true, exact: true, anchorState: true, previousExact: true },
    });
    for (const row of rows) expect(moved.slice(row.start, row.end)).toBe(row.exact);
    expect(
      rows
        .filter((r) => r.anchorState === "TEXT_CHANGED")
        .map((r) => [r.previousExact, r.exact])
        .sort(),
    ).toEqual([
      ["12 people and injured 90 others", "12 people and injured 91 others"],
      ["injured 90 others", "injured 91 others"],
    ]);
  });

  it("all or nothing: an unplaceable quote, an unknown source or a file over the limit writes nothing", async () => {
    const { a, article } = await annotatedWorkspace();
    const fromA = await exportArticle(a, article);
    const b = await createWorkspaceWithMembers();
    const other = await createArticle(b.actors.EDITOR, {
      text: "A different story about the weather, with nothing in common.",
      url: "https://news.example.test/kyiv-strike",
    });
    await expectRefusedWithoutChange(
      [b.workspace.id],
      () => importWebAnnotations(b.actors.EDITOR, { file: file(fromA), articleId: other.article.id }),
      InvalidInputError,
    );
    await db.article.update({ where: { id: other.article.id }, data: { url: "https://news.example.test/weather" } });
    await expectRefusedWithoutChange(
      [b.workspace.id],
      () => importWebAnnotations(b.actors.EDITOR, { file: file(fromA), articleId: null }),
      InvalidInputError,
    );
    await expectRefusedWithoutChange(
      [b.workspace.id],
      () => importWebAnnotations(b.actors.EDITOR, { file: file("not json"), articleId: other.article.id }),
      InvalidInputError,
    );
    const huge = { name: "huge.jsonld", bytes: new Uint8Array(MAX_ANNOTATION_FILE_BYTES + 1) };
    await expectRefusedWithoutChange(
      [b.workspace.id],
      () => importWebAnnotations(b.actors.EDITOR, { file: huge, articleId: other.article.id }),
      PayloadTooLargeError,
    );
  });
});
