import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize, can } from "@/lib/policy/policy";
import { annotationScope, replyScopeIncludingDeleted } from "@/lib/annotations/scope";
import { claimAppearanceScope, claimScope } from "@/lib/claims/scope";
import type { AnnotationDto } from "@/lib/annotations/find-annotations-for-version";
import type { Actor } from "@/lib/policy/actor";

/**
 * As findAnnotationsForVersion cuts a note for its preview (its NOTE_START_LENGTH, cut in SQL there);
 * get-reader-annotation.int.test.ts checks both give the same annotation for a note longer than this.
 */
const NOTE_START_LENGTH = 400;

/**
 * Any member: one annotation as the reader shows it on the latest version (the
 * shape findAnnotationsForVersion gives a whole page of), so a save can answer
 * with the changed annotation instead of the reader reloading the page.
 * SECURITY: the annotation and its claims are read within the actor's
 * workspace (annotationScope); deleted claims are left out, as on the page.
 * In lib/reader, above annotations and claims: it joins the two for the reader's view.
 */
export async function getReaderAnnotation(actor: Actor, annotationId: string): Promise<AnnotationDto> {
  authorize(actor, "article.read");
  const row = await db.annotation.findFirst({
    where: annotationScope(actor, annotationId),
    select: {
      id: true,
      workspaceId: true,
      kind: true,
      start: true,
      end: true,
      exact: true,
      anchorState: true,
      previousExact: true,
      body: true,
      tags: true,
      authorId: true,
      revision: true,
      _count: { select: { replies: { where: { deletedAt: null } } } },
      appearances: {
        where: { ...claimAppearanceScope(actor), claim: claimScope(actor) },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { claim: { select: { id: true, statement: true } } },
      },
    },
  });
  if (!row) throw new NotFoundError("Annotation");
  const author = await db.user.findUnique({ where: { id: row.authorId }, select: { name: true, email: true } });
  const owner = { workspaceId: row.workspaceId, authorId: row.authorId };
  return {
    id: row.id,
    kind: row.kind,
    start: row.start,
    end: row.end,
    exact: row.exact,
    anchorState: row.anchorState,
    previousExact: row.previousExact,
    noteStart: noteStart(row.body),
    tags: row.tags,
    authorId: row.authorId,
    authorName: author?.name ?? author?.email ?? "Unknown",
    revision: row.revision,
    replyCount: row._count.replies,
    canEdit: can(actor, "annotation.update", owner),
    canDelete: can(actor, "annotation.delete", owner),
    claims: row.appearances.map((a) => a.claim),
  };
}

/** NOTE_START_LENGTH characters (code points, as PostgreSQL's left() counts), "…" when it goes on. */
function noteStart(body: string): string {
  const characters = Array.from(body);
  return characters.length > NOTE_START_LENGTH ? characters.slice(0, NOTE_START_LENGTH).join("") + "…" : body;
}

/**
 * Any member: the annotation a reply belongs to, as the reader shows it, after
 * the reply was posted or deleted (a deleted reply still names its annotation).
 * SECURITY: the reply is looked up within the actor's workspace.
 */
export async function getReaderAnnotationOfReply(actor: Actor, replyId: string): Promise<AnnotationDto> {
  authorize(actor, "article.read");
  const reply = await db.reply.findFirst({
    where: replyScopeIncludingDeleted(actor, replyId),
    select: { annotationId: true },
  });
  if (!reply) throw new NotFoundError("Reply");
  return getReaderAnnotation(actor, reply.annotationId);
}
