import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { createReply } from "@/lib/annotations/create-reply";
import { deleteReply } from "@/lib/annotations/delete-reply";
import { getArticle } from "@/lib/articles/get-article";
import { getAnnotationDetail } from "@/lib/annotations/get-annotation-detail";
import { createClaim } from "@/lib/claims/create-claim";
import { importArticleVersion } from "@/lib/articles/import-article-version";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";

const TEXT =
  "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor, Pieter Vos, promised 40 million euros.";

async function setup() {
  const ws = await createWorkspaceWithMembers();
  const { article, version } = await createArticle(ws.actors.EDITOR, { text: TEXT });
  const span = (phrase: string) => {
    const start = version.text.indexOf(phrase);
    return {
      articleId: article.id,
      versionId: version.id,
      start,
      end: start + phrase.length,
      exact: phrase,
      kind: "NOTE" as const,
      body: "",
      tags: [],
    };
  };
  return { ws, article, version, span };
}

const auditCount = (entityId: string) => db.auditEvent.count({ where: { entityId } });

describe("createAnnotation", () => {
  it("stores both selectors with context and audits", async () => {
    const { ws, span } = await setup();
    const { id } = await createAnnotation(ws.actors.EDITOR, {
      ...span("at least 12 people"),
      body: "Check the **toll**",
      tags: ["toll"],
    });
    const row = await db.annotation.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      exact: "at least 12 people",
      anchorState: "EXACT",
      authorId: ws.actors.EDITOR.userId,
      tags: ["toll"],
    });
    expect(row.prefix.endsWith("Officials said ")).toBe(true);
    expect(row.suffix.startsWith(" were killed")).toBe(true);
    expect(await auditCount(id)).toBe(1);
  });

  it("refuses offsets that do not match the quoted text, or fall outside the text", async () => {
    const { ws, span } = await setup();
    await expect(
      createAnnotation(ws.actors.EDITOR, { ...span("at least 12 people"), exact: "at least 19 people" }),
    ).rejects.toThrow(InvalidInputError);
    await expect(
      createAnnotation(ws.actors.EDITOR, { ...span("at least 12 people"), start: 5, end: 99_999 }),
    ).rejects.toThrow(InvalidInputError);
    await expect(
      createAnnotation(ws.actors.EDITOR, { ...span("at least 12 people"), start: 20, end: 10 }),
    ).rejects.toThrow(InvalidInputError);
  });

  it("refuses another workspace's article before a stale version, and a stale version before a bad span; writes nothing", async () => {
    const { ws, article, span } = await setup();
    const outsider = await createWorkspaceWithMembers();
    const badSpan = { ...span("at least 12 people"), exact: "at least 19 people" };
    await expect(createAnnotation(outsider.actors.EDITOR, badSpan)).rejects.toThrow(NotFoundError);
    await importArticleVersion(ws.actors.EDITOR, article.id, `${TEXT}\n\nUpdated on Wednesday.`);
    await expect(createAnnotation(ws.actors.EDITOR, badSpan)).rejects.toThrow(ConflictError);
    expect(await db.annotation.count({ where: { articleId: article.id } })).toBe(0);
    for (const workspace of [ws.workspace, outsider.workspace])
      expect(await db.auditEvent.count({ where: { workspaceId: workspace.id, action: "annotation.created" } })).toBe(0);
  });

  it("lets overlapping spans coexist", async () => {
    const { ws, span } = await setup();
    await createAnnotation(ws.actors.EDITOR, span("at least 12 people were killed"));
    await createAnnotation(ws.actors.REVIEWER, span("12 people"));
    const article = await getArticle(ws.actors.VIEWER, span("x").articleId);
    expect(article.annotations.map((a) => a.exact)).toEqual(["at least 12 people were killed", "12 people"]);
  });

  it("lists a note's beginning, not the whole note, marking where it was cut", async () => {
    const { ws, span } = await setup();
    await createAnnotation(ws.actors.EDITOR, { ...span("12 people"), body: "Short **note**." });
    await createAnnotation(ws.actors.EDITOR, { ...span("at least 12"), body: `Long: ${"source ".repeat(200)}` });
    const { annotations } = await getArticle(ws.actors.VIEWER, span("x").articleId);
    const noteOf = (exact: string) => annotations.find((a) => a.exact === exact)!.noteStart;
    expect(noteOf("12 people")).toBe("Short **note**.");
    expect(noteOf("at least 12")).toBe(`Long: ${"source ".repeat(200)}`.slice(0, 400) + "…");
  });
});

describe("editing and deleting", () => {
  it("only the author edits; a stale revision is a conflict, not a lost update", async () => {
    const { ws, span } = await setup();
    const { id } = await createAnnotation(ws.actors.EDITOR, span("40 million euros"));
    const edit = { annotationId: id, revision: 1, body: "Source: budget office", tags: [], kind: "NOTE" as const };
    await expect(updateAnnotation(ws.actors.REVIEWER, edit)).rejects.toThrow(ForbiddenError);
    expect(await updateAnnotation(ws.actors.EDITOR, edit)).toEqual({ revision: 2 });
    await expect(updateAnnotation(ws.actors.EDITOR, { ...edit, body: "stale" })).rejects.toThrow(ConflictError);
    expect((await db.annotation.findUniqueOrThrow({ where: { id } })).body).toBe("Source: budget office");
  });

  it("soft-deletes (author or admin), hides it, keeps the row and audits", async () => {
    const { ws, span } = await setup();
    const { id } = await createAnnotation(ws.actors.EDITOR, span("40 million euros"));
    await expect(deleteAnnotation(ws.actors.REVIEWER, { annotationId: id })).rejects.toThrow(ForbiddenError);
    await deleteAnnotation(ws.actors.ADMIN, { annotationId: id });
    expect((await db.annotation.findUniqueOrThrow({ where: { id } })).deletedAt).not.toBeNull();
    expect((await getArticle(ws.actors.EDITOR, span("x").articleId)).annotations).toHaveLength(0);
    await expect(deleteAnnotation(ws.actors.EDITOR, { annotationId: id })).rejects.toThrow(NotFoundError);
  });

  it("renders notes as safe Markdown", async () => {
    const { ws, span } = await setup();
    await createAnnotation(ws.actors.EDITOR, {
      ...span("Pieter Vos"),
      body: "<script>alert(1)</script> [x](javascript:alert(1)) [ok](https://example.org)",
    });
    const [dto] = (await getArticle(ws.actors.EDITOR, span("x").articleId)).annotations;
    const detail = await getAnnotationDetail(ws.actors.VIEWER, dto!.id);
    expect(detail.bodyHtml).not.toContain("<script");
    expect(detail.bodyHtml).not.toContain('href="javascript:');
    expect(detail.bodyHtml).toContain('rel="noopener nofollow noreferrer"');
    expect(detail.body).toBeNull(); // the raw note is only for its author
    expect((await getAnnotationDetail(ws.actors.EDITOR, dto!.id)).body).toContain("<script>");
  });
});

describe("replies", () => {
  it("threads replies; the author or an admin deletes them", async () => {
    const { ws, span } = await setup();
    const { id } = await createAnnotation(ws.actors.EDITOR, span("Pieter Vos"));
    const reply = await createReply(ws.actors.REVIEWER, { annotationId: id, body: "Spelling confirmed." });
    await expect(deleteReply(ws.actors.EDITOR, { replyId: reply.id })).rejects.toThrow(ForbiddenError);
    const [dto] = (await getArticle(ws.actors.VIEWER, span("x").articleId)).annotations;
    expect(dto!.replyCount).toBe(1);
    expect((await getAnnotationDetail(ws.actors.VIEWER, id)).replies.map((r) => r.bodyHtml)).toEqual([
      "<p>Spelling confirmed.</p>\n",
    ]);
    await deleteReply(ws.actors.REVIEWER, { replyId: reply.id });
    expect((await getAnnotationDetail(ws.actors.VIEWER, id)).replies).toHaveLength(0);
    expect((await getArticle(ws.actors.VIEWER, span("x").articleId)).annotations[0]!.replyCount).toBe(0);
  });
});

describe("the reader's list of annotations", () => {
  it("gives each annotation its live claims, live replies, author and permissions, in text order", async () => {
    const { ws, span } = await setup();
    const later = await createAnnotation(ws.actors.EDITOR, span("40 million euros"));
    const earlier = await createAnnotation(ws.actors.REVIEWER, span("at least 12 people"));
    const claimInput = (statement: string) => CreateClaimInputSchema.parse({ annotationId: earlier.id, statement });
    const kept = await createClaim(ws.actors.EDITOR, claimInput("At least 12 people were killed on Tuesday"));
    const dropped = await createClaim(ws.actors.EDITOR, claimInput("Twelve people were killed"));
    await db.claim.update({ where: { id: dropped.id }, data: { deletedAt: new Date() } });
    await createReply(ws.actors.EDITOR, { annotationId: earlier.id, body: "Police say 12" });
    const gone = await createReply(ws.actors.EDITOR, { annotationId: earlier.id, body: "Typo" });
    await deleteReply(ws.actors.EDITOR, { replyId: gone.id });
    // an annotation in another workspace on the same ids never shows
    const other = await createWorkspaceWithMembers();
    await createArticle(other.actors.EDITOR, { text: TEXT });

    const { annotations } = await getArticle(ws.actors.EDITOR, span("x").articleId);
    expect(annotations.map((a) => a.id)).toEqual([earlier.id, later.id]);
    expect(annotations[0]).toMatchObject({
      kind: "CLAIM",
      exact: "at least 12 people",
      authorId: ws.actors.REVIEWER.userId,
      replyCount: 1,
      claims: [{ id: kept.id, statement: "At least 12 people were killed on Tuesday" }],
      canEdit: false,
      canDelete: false,
    });
    expect(annotations[1]).toMatchObject({ kind: "NOTE", claims: [], replyCount: 0, canEdit: true, canDelete: true });
  });
});
