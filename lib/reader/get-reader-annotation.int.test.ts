import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { createReply } from "@/lib/annotations/create-reply";
import { deleteReply } from "@/lib/annotations/delete-reply";
import { findAnnotationsForVersion } from "@/lib/annotations/find-annotations-for-version";
import { getReaderAnnotation, getReaderAnnotationOfReply } from "@/lib/reader/get-reader-annotation";
import { createClaim } from "@/lib/claims/create-claim";
import { CreateClaimInputSchema } from "@/lib/claims/schemas";
import { createArticle, createWorkspaceWithMembers } from "@/prisma/factories";
import { annotate } from "@/test/support/claim-phrase";

const TEXT = "Officials said at least 12 people were killed on Tuesday.\n\nThe mayor promised 40 million euros.";

describe("getReaderAnnotation", () => {
  it("gives one annotation exactly as the page's list gives it (note start, claims, replies, permissions)", async () => {
    const ws = await createWorkspaceWithMembers();
    const imported = await createArticle(ws.actors.EDITOR, { text: TEXT });
    const { article, version } = imported;
    // a note longer than its preview, with a character outside the BMP where it is cut
    const body = "😀".repeat(401) + " the rest";
    const { id } = await annotate(ws.actors.REVIEWER, imported, "at least 12 people", { body, tags: ["toll"] });
    const claimInput = (statement: string) => CreateClaimInputSchema.parse({ annotationId: id, statement });
    await createClaim(ws.actors.EDITOR, claimInput("At least 12 people were killed on Tuesday"));
    const dropped = await createClaim(ws.actors.EDITOR, claimInput("Twelve people were killed"));
    await db.claim.update({ where: { id: dropped.id }, data: { deletedAt: new Date() } });
    await createReply(ws.actors.EDITOR, { annotationId: id, body: "Police say 12" });
    const gone = await createReply(ws.actors.EDITOR, { annotationId: id, body: "Typo" });
    await deleteReply(ws.actors.EDITOR, { replyId: gone.id });

    for (const actor of [ws.actors.VIEWER, ws.actors.EDITOR, ws.actors.REVIEWER]) {
      const { annotations } = await findAnnotationsForVersion(actor, {
        articleId: article.id,
        version: { id: version.id, isLatest: true },
      });
      expect(await getReaderAnnotation(actor, id)).toEqual(annotations[0]);
    }
  });

  it("finds a reply's annotation, after the reply was deleted too; not another workspace's", async () => {
    const ws = await createWorkspaceWithMembers();
    const { id } = await annotate(ws.actors.EDITOR, await createArticle(ws.actors.EDITOR, { text: TEXT }), "Officials");
    const reply = await createReply(ws.actors.EDITOR, { annotationId: id, body: "Which officials?" });
    expect(await getReaderAnnotationOfReply(ws.actors.VIEWER, reply.id)).toMatchObject({ id, replyCount: 1 });
    await deleteReply(ws.actors.EDITOR, { replyId: reply.id });
    expect(await getReaderAnnotationOfReply(ws.actors.VIEWER, reply.id)).toMatchObject({ id, replyCount: 0 });
    const other = await createWorkspaceWithMembers();
    await expect(getReaderAnnotationOfReply(other.actors.ADMIN, reply.id)).rejects.toThrow(NotFoundError);
  });

  it("another workspace's annotation is not found", async () => {
    const ws = await createWorkspaceWithMembers();
    const { id } = await annotate(ws.actors.EDITOR, await createArticle(ws.actors.EDITOR, { text: TEXT }), "Officials");
    const other = await createWorkspaceWithMembers();
    await expect(getReaderAnnotation(other.actors.ADMIN, id)).rejects.toThrow(NotFoundError);
  });
});
