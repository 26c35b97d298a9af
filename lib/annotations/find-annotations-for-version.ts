import { db } from "@/lib/db/client";
import { can } from "@/lib/policy/policy";
import { annotationScope } from "@/lib/annotations/scope";
import { notePreview, renderNote } from "@/lib/annotations/render-note";
import type { Actor } from "@/lib/policy/actor";
import type { AnchorState, AnnotationKind } from "@/lib/generated/prisma/enums";

export interface ReplyDto {
  id: string;
  authorName: string;
  bodyHtml: string;
  createdAt: Date;
  canDelete: boolean;
}

export interface AnnotationDto {
  id: string;
  kind: AnnotationKind;
  start: number;
  end: number;
  exact: string;
  anchorState: AnchorState;
  previousExact: string | null;
  /** raw Markdown: only for the author, who may edit it */
  body: string | null;
  bodyHtml: string;
  bodyPreview: string;
  tags: string[];
  authorId: string;
  authorName: string;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  replies: ReplyDto[];
  canEdit: boolean;
  canDelete: boolean;
  /** the claims this passage is an appearance of */
  claims: { id: string; statement: string }[];
}

/**
 * The annotations to show on one version, in text order: on the latest
 * version, their current anchors; on an older version, where they were
 * anchored on it (kept in AnnotationPastAnchor when they moved on).
 */
export async function findAnnotationsForVersion(actor: Actor, where: { articleId: string; versionId: string; isLatest: boolean }): Promise<AnnotationDto[]> {
  const rows = await db.annotation.findMany({
    where: {
      ...annotationScope(actor),
      articleId: where.articleId,
      ...(where.isLatest ? { versionId: where.versionId } : { pastAnchors: { some: { versionId: where.versionId } } }),
    },
    // only the columns the reader needs (prefix/suffix stay in the database)
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
      createdAt: true,
      updatedAt: true,
      replies: { where: { deletedAt: null }, orderBy: { createdAt: "asc" }, select: { id: true, workspaceId: true, authorId: true, body: true, createdAt: true } },
      appearances: { where: { claim: { deletedAt: null } }, select: { claim: { select: { id: true, statement: true } } } },
      pastAnchors: { where: { versionId: where.versionId }, select: { start: true, end: true, exact: true, anchorState: true } },
    },
    orderBy: [{ start: "asc" }, { end: "desc" }],
  });
  const userIds = [...new Set(rows.flatMap((r) => [r.authorId, ...r.replies.map((reply) => reply.authorId)]))];
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name ?? u.email]));

  const dtos = rows.map((row): AnnotationDto => {
    const past = where.isLatest ? undefined : row.pastAnchors[0];
    const owner = { workspaceId: row.workspaceId, authorId: row.authorId };
    const canEdit = can(actor, "annotation.update", owner);
    return {
      id: row.id,
      kind: row.kind,
      start: past?.start ?? row.start,
      end: past?.end ?? row.end,
      exact: past?.exact ?? row.exact,
      anchorState: past?.anchorState ?? row.anchorState,
      previousExact: past ? null : row.previousExact,
      body: canEdit ? row.body : null,
      bodyHtml: renderNote(row.body),
      bodyPreview: notePreview(row.body),
      tags: row.tags,
      authorId: row.authorId,
      authorName: nameOf.get(row.authorId) ?? "Unknown",
      revision: row.revision,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      replies: row.replies.map((reply) => ({
        id: reply.id,
        authorName: nameOf.get(reply.authorId) ?? "Unknown",
        bodyHtml: renderNote(reply.body),
        createdAt: reply.createdAt,
        canDelete: can(actor, "reply.delete", { workspaceId: reply.workspaceId, authorId: reply.authorId }),
      })),
      canEdit,
      canDelete: can(actor, "annotation.delete", owner),
      claims: row.appearances.map((a) => a.claim),
    };
  });
  return dtos.sort((a, b) => a.start - b.start || b.end - a.end);
}
