import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { reattachAnnotation } from "@/lib/annotations/reattach-annotation";
import { importArticleVersion } from "@/lib/articles/import-article-version";
import { getArticle } from "@/lib/articles/get-article";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";

const V1 = [
  "At least 12 people were killed when the river burst its banks, the fire service said.",
  "Mayor Pieter Vos said the barrier did its job.",
  "Rescue crews evacuated about 3,400 residents overnight.",
].join("\n\n");

const V2 = [
  "UPDATED: At least 19 people were killed when the river burst its banks, the fire service said.",
  "Mayor Pieter Vos said the barrier did its job.",
  "Rescue crews evacuated about 3,400 residents overnight.",
].join("\n\n");

async function annotated() {
  const ws = await createWorkspaceWithMembers();
  const { article, version } = await createArticle(ws.actors.EDITOR, { text: V1 });
  const annotate = (phrase: string) => {
    const start = V1.indexOf(phrase);
    return createAnnotation(ws.actors.EDITOR, {
      articleId: article.id,
      versionId: version.id,
      start,
      end: start + phrase.length,
      exact: phrase,
      kind: "CLAIM",
      body: "",
      tags: [],
    });
  };
  const toll = await annotate("At least 12 people were killed");
  const mayor = await annotate("Mayor Pieter Vos");
  const evacuated = await annotate("about 3,400 residents");
  return { ws, article, version, toll, mayor, evacuated };
}

describe("importArticleVersion", () => {
  it("same text: no new version", async () => {
    const { ws, article } = await annotated();
    expect(await importArticleVersion(ws.actors.EDITOR, article.id, V1.replaceAll("\n", "\r\n"))).toMatchObject({
      created: false,
      versionNumber: 1,
    });
    expect(await db.articleVersion.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("re-anchors every annotation in one go and persists the states; a changed figure is flagged, not absorbed", async () => {
    const { ws, article, toll, mayor, evacuated } = await annotated();
    const result = await importArticleVersion(ws.actors.EDITOR, article.id, V2);
    expect(result).toMatchObject({ created: true, versionNumber: 2 });
    expect(result.states).toEqual({ TEXT_CHANGED: 1, RELOCATED: 2 });

    const rows = new Map((await db.annotation.findMany({ where: { articleId: article.id } })).map((a) => [a.id, a]));
    expect(rows.get(toll.id)).toMatchObject({
      anchorState: "TEXT_CHANGED",
      exact: "At least 19 people were killed",
      previousExact: "At least 12 people were killed",
    });
    expect(rows.get(mayor.id)).toMatchObject({
      anchorState: "RELOCATED",
      exact: "Mayor Pieter Vos",
      start: V2.indexOf("Mayor Pieter Vos"),
    });
    expect(rows.get(evacuated.id)!.anchorState).toBe("RELOCATED");
    expect(await db.auditEvent.count({ where: { entityId: article.id, action: "article.version_imported" } })).toBe(1);
  });

  it("keeps version 1 readable with the highlights where they were", async () => {
    const { ws, article, mayor } = await annotated();
    await importArticleVersion(ws.actors.EDITOR, article.id, V2);
    const v1 = await getArticle(ws.actors.VIEWER, article.id, 1);
    expect(v1.version.isLatest).toBe(false);
    expect(v1.annotations.find((a) => a.id === mayor.id)).toMatchObject({
      start: V1.indexOf("Mayor Pieter Vos"),
      anchorState: "EXACT",
    });
    const v2 = await getArticle(ws.actors.VIEWER, article.id);
    expect(v2.annotations.find((a) => a.id === mayor.id)!.start).toBe(V2.indexOf("Mayor Pieter Vos"));
  });

  it("orphans a deleted passage; an editor re-attaches it to a new selection, keeping the note", async () => {
    const { ws, article, evacuated } = await annotated();
    const v3 = V1.replace("Rescue crews evacuated about 3,400 residents overnight.", "Schools will reopen on Monday.");
    expect((await importArticleVersion(ws.actors.EDITOR, article.id, v3)).states.ORPHANED).toBe(1);
    const latest = await getArticle(ws.actors.EDITOR, article.id);
    expect(latest.annotations.find((a) => a.id === evacuated.id)!.anchorState).toBe("ORPHANED");

    const start = v3.indexOf("Schools will reopen");
    await expect(
      reattachAnnotation(ws.actors.EDITOR, {
        annotationId: evacuated.id,
        versionId: latest.version.id,
        start,
        end: start + 5,
        exact: "XXXXX",
      }),
    ).rejects.toThrow(InvalidInputError);
    await reattachAnnotation(ws.actors.EDITOR, {
      annotationId: evacuated.id,
      versionId: latest.version.id,
      start,
      end: start + 19,
      exact: "Schools will reopen",
    });
    const row = await db.annotation.findUniqueOrThrow({ where: { id: evacuated.id } });
    expect(row).toMatchObject({ anchorState: "EXACT", exact: "Schools will reopen", kind: "CLAIM" });
    expect(await db.auditEvent.count({ where: { entityId: evacuated.id, action: "annotation.reattached" } })).toBe(1);
  });

  it("refuses to annotate a version that is no longer the latest", async () => {
    const { ws, article, version } = await annotated();
    await importArticleVersion(ws.actors.EDITOR, article.id, V2);
    await expect(
      createAnnotation(ws.actors.EDITOR, {
        articleId: article.id,
        versionId: version.id,
        start: 0,
        end: 8,
        exact: V1.slice(0, 8),
        kind: "NOTE",
        body: "",
        tags: [],
      }),
    ).rejects.toThrow(ConflictError);
  });

  it("refuses empty text and stores nothing", async () => {
    const { ws, article } = await annotated();
    await expect(importArticleVersion(ws.actors.EDITOR, article.id, " \n\n ")).rejects.toThrow(InvalidInputError);
    expect(await db.articleVersion.count({ where: { articleId: article.id } })).toBe(1);
  });
});
