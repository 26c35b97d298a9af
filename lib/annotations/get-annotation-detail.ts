import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize, can } from "@/lib/policy/policy";
import { annotationScope } from "@/lib/annotations/scope";
import { renderNote } from "@/lib/annotations/render-note";
import type { Actor } from "@/lib/policy/actor";

export interface ReplyDto {
  id: string;
  authorName: string;
  bodyHtml: string;
  createdAt: Date;
  canDelete: boolean;
}

export interface AnnotationDetailDto {
  id: string;
  /** raw Markdown: only for the author, who may edit it */
  body: string | null;
  /** the note rendered as safe HTML (see render-note.ts) */
  bodyHtml: string;
  createdAt: Date;
  updatedAt: Date;
  replies: ReplyDto[];
}

/** Any member: one annotation's note and reply thread, loaded when the reader opens it. */
export async function getAnnotationDetail(actor: Actor, annotationId: string): Promise<AnnotationDetailDto> {
  authorize(actor, "article.read");
  const row = await db.annotation.findFirst({
    where: annotationScope(actor, annotationId),
    select: {
      id: true,
      workspaceId: true,
      authorId: true,
      body: true,
      createdAt: true,
      updatedAt: true,
      replies: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, workspaceId: true, authorId: true, body: true, createdAt: true },
      },
    },
  });
  if (!row) throw new NotFoundError("Annotation");
  const users = await db.user.findMany({
    where: { id: { in: row.replies.map((r) => r.authorId) } },
    select: { id: true, name: true, email: true },
  });
  const nameOf = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  return {
    id: row.id,
    body: can(actor, "annotation.update", { workspaceId: row.workspaceId, authorId: row.authorId }) ? row.body : null,
    bodyHtml: renderNote(row.body),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    replies: row.replies.map((reply) => ({
      id: reply.id,
      authorName: nameOf.get(reply.authorId) ?? "Unknown",
      bodyHtml: renderNote(reply.body),
      createdAt: reply.createdAt,
      canDelete: can(actor, "reply.delete", { workspaceId: reply.workspaceId, authorId: reply.authorId }),
    })),
  };
}
