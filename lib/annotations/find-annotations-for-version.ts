import { db } from "@/lib/db/client";
import { can } from "@/lib/policy/policy";
import { annotationScope } from "@/lib/annotations/scope";
import { notePreview } from "@/lib/annotations/render-note";
import type { Actor } from "@/lib/policy/actor";
import type { AnchorState, AnnotationKind } from "@/lib/generated/prisma/enums";

export interface AnnotationDto {
  id: string;
  kind: AnnotationKind;
  start: number;
  end: number;
  exact: string;
  anchorState: AnchorState;
  previousExact: string | null;
  /** a plain-text line of the note; the note itself comes with getAnnotationDetail when opened */
  bodyPreview: string;
  tags: string[];
  authorId: string;
  authorName: string;
  revision: number;
  replyCount: number;
  canEdit: boolean;
  canDelete: boolean;
  /** the claims this passage is an appearance of */
  claims: { id: string; statement: string }[];
}

/**
 * The annotations to show on one version, in text order: on the latest
 * version, their current anchors; on an older version, where they were
 * anchored on it (kept in AnnotationPastAnchor when they moved on). Only what
 * the text, the margin and the tooltips need: a page may hold a thousand.
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
      _count: { select: { replies: { where: { deletedAt: null } } } },
      appearances: { where: { claim: { deletedAt: null } }, select: { claim: { select: { id: true, statement: true } } } },
      pastAnchors: { where: { versionId: where.versionId }, select: { start: true, end: true, exact: true, anchorState: true } },
    },
    orderBy: [{ start: "asc" }, { end: "desc" }],
  });
  const userIds = [...new Set(rows.map((r) => r.authorId))];
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
      bodyPreview: notePreview(row.body),
      tags: row.tags,
      authorId: row.authorId,
      authorName: nameOf.get(row.authorId) ?? "Unknown",
      revision: row.revision,
      replyCount: row._count.replies,
      canEdit,
      canDelete: can(actor, "annotation.delete", owner),
      claims: row.appearances.map((a) => a.claim),
    };
  });
  return dtos.sort((a, b) => a.start - b.start || b.end - a.end);
}
