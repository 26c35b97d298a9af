/**
 * Authorization matrix for every article and annotation mutation: a viewer is
 * refused (403), an admin of another workspace gets 404 — and in both cases
 * the owning workspace's rows are unchanged, byte for byte.
 */
import { describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { createAnnotation } from "@/lib/annotations/create-annotation";
import { updateAnnotation } from "@/lib/annotations/update-annotation";
import { deleteAnnotation } from "@/lib/annotations/delete-annotation";
import { reattachAnnotation } from "@/lib/annotations/reattach-annotation";
import { createReply } from "@/lib/annotations/create-reply";
import { deleteReply } from "@/lib/annotations/delete-reply";
import { createArticle as createArticleUseCase } from "@/lib/articles/create-article";
import { updateArticleMetadata } from "@/lib/articles/update-article-metadata";
import { importArticleVersion } from "@/lib/articles/import-article-version";
import { deleteArticle } from "@/lib/articles/delete-article";
import { getArticle } from "@/lib/articles/get-article";
import { getAnnotationDetail } from "@/lib/annotations/get-annotation-detail";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { expectRefusedWithoutChange } from "@/test/workspace-fingerprint";
import type { Actor } from "@/lib/policy/actor";

const TEXT = "The council voted 27 to 14 on Tuesday.\n\nCritics said costs were underestimated.";
const METADATA = { title: "Edited", outlet: null, author: null, url: null, publishedAt: null, language: null };

async function world() {
  const owner = await createWorkspaceWithMembers();
  const outsider = await createWorkspaceWithMembers();
  const { article, version } = await createArticle(owner.actors.EDITOR, { text: TEXT });
  const start = TEXT.indexOf("27 to 14");
  const span = { articleId: article.id, versionId: version.id, start, end: start + 8, exact: "27 to 14" };
  const annotation = await createAnnotation(owner.actors.EDITOR, { ...span, kind: "NOTE", body: "", tags: [] });
  const reply = await createReply(owner.actors.EDITOR, { annotationId: annotation.id, body: "ok" });
  return { owner, outsider, article, span, annotation, reply };
}

type World = Awaited<ReturnType<typeof world>>;

/** Every mutation, as a function of the acting member and the owner's ids. */
const MUTATIONS: Record<string, (actor: Actor, w: World) => Promise<unknown>> = {
  createAnnotation: (actor, w) => createAnnotation(actor, { ...w.span, kind: "NOTE", body: "x", tags: [] }),
  updateAnnotation: (actor, w) =>
    updateAnnotation(actor, { annotationId: w.annotation.id, revision: 1, body: "x", tags: [], kind: "NOTE" }),
  deleteAnnotation: (actor, w) => deleteAnnotation(actor, { annotationId: w.annotation.id }),
  reattachAnnotation: (actor, w) => reattachAnnotation(actor, { annotationId: w.annotation.id, ...w.span }),
  createReply: (actor, w) => createReply(actor, { annotationId: w.annotation.id, body: "x" }),
  deleteReply: (actor, w) => deleteReply(actor, { replyId: w.reply.id }),
  updateArticleMetadata: (actor, w) => updateArticleMetadata(actor, w.article.id, METADATA),
  importArticleVersion: (actor, w) => importArticleVersion(actor, w.article.id, TEXT + "\n\nA new paragraph."),
  deleteArticle: (actor, w) => deleteArticle(actor, w.article.id),
};

describe.each(Object.entries(MUTATIONS))("%s", (_name, mutate) => {
  it("viewer: ForbiddenError and nothing changes", async () => {
    const w = await world();
    await expectRefusedWithoutChange([w.owner.workspace.id], () => mutate(w.owner.actors.VIEWER, w), ForbiddenError);
  });

  it("admin of another workspace: NotFoundError and nothing changes", async () => {
    const w = await world();
    await expectRefusedWithoutChange([w.owner.workspace.id], () => mutate(w.outsider.actors.ADMIN, w), NotFoundError);
  });
});

describe("reads", () => {
  it("an outsider cannot read the article; a viewer can", async () => {
    const w = await world();
    await expect(getArticle(w.outsider.actors.ADMIN, w.article.id)).rejects.toThrow(NotFoundError);
    await expect(getAnnotationDetail(w.outsider.actors.ADMIN, w.annotation.id)).rejects.toThrow(NotFoundError);
    expect((await getAnnotationDetail(w.owner.actors.VIEWER, w.annotation.id)).replies).toHaveLength(1);
    expect((await getArticle(w.owner.actors.VIEWER, w.article.id)).annotations).toHaveLength(1);
  });

  it("a viewer cannot create articles", async () => {
    const w = await world();
    await expect(createArticleUseCase(w.owner.actors.VIEWER, { text: TEXT, metadata: METADATA })).rejects.toThrow(
      ForbiddenError,
    );
  });
});
