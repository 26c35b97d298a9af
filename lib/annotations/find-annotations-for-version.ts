import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { liveWorkspaceScopeSql, workspaceScopeSql } from "@/lib/db/scope-sql";
import { can } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";
import type { AnchorState, AnnotationKind } from "@/lib/generated/prisma/enums";

/** Enough of a note for its preview (160 characters of plain text, see note-preview.ts), whatever the Markdown around them. */
const NOTE_START_LENGTH = 400;

export interface AnnotationDto {
  id: string;
  kind: AnnotationKind;
  start: number;
  end: number;
  exact: string;
  anchorState: AnchorState;
  previousExact: string | null;
  /**
   * the note's first NOTE_START_LENGTH characters of Markdown ("…" added when it goes on), for
   * notePreview() in the margin and tooltips; the whole note comes with getAnnotationDetail when opened
   */
  noteStart: string;
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
export async function findAnnotationsForVersion(
  actor: Actor,
  where: { articleId: string; version: { id: string; isLatest: boolean } | "latest" },
): Promise<{ versionId: string | null; annotations: AnnotationDto[] }> {
  // "latest" is resolved in the statement, so the reader can ask for it alongside the article itself
  const isLatest = where.version === "latest" || where.version.isLatest;
  const versionId =
    where.version === "latest"
      ? Prisma.sql`(SELECT v.id FROM "ArticleVersion" v WHERE ${workspaceScopeSql(actor, "v")} AND v."articleId" = ${where.articleId} ORDER BY v.number DESC LIMIT 1)`
      : Prisma.sql`${where.version.id}`;
  // Three statements at once instead of Prisma's query per relation, or per-row
  // subqueries: the annotations with their author names and past anchors, in text
  // order; the article's reply counts; its claim appearances. The counts run on other
  // connections while the annotations are read, so a thousand annotations wait for
  // the slowest of the three, not for 2,000 subquery probes after them. SECURITY: the
  // workspace and live-row filters of annotationScope, in raw SQL (liveWorkspaceScopeSql) in each statement.
  const [rows, replyCounts, appearances] = await Promise.all([
    db.$queryRaw<AnnotationRow[]>`
      SELECT a.id, a."workspaceId", a."versionId", a.kind::text AS kind, a."authorId", coalesce(u.name, u.email, 'Unknown') AS "authorName", a.revision, a.tags, a."previousExact",
             CASE WHEN length(a.body) > ${NOTE_START_LENGTH} THEN left(a.body, ${NOTE_START_LENGTH}) || '…' ELSE a.body END AS "noteStart",
             coalesce(p.start, a.start) AS start, coalesce(p."end", a."end") AS "end",
             coalesce(p.exact, a.exact) AS exact, coalesce(p."anchorState", a."anchorState")::text AS "anchorState",
             p.id IS NOT NULL AS "isPast"
        FROM "Annotation" a
        LEFT JOIN "User" u ON u.id = a."authorId"
        LEFT JOIN "AnnotationPastAnchor" p ON ${isLatest} = false AND p."annotationId" = a.id AND p."versionId" = ${versionId}
       WHERE ${liveWorkspaceScopeSql(actor, "a")} AND a."articleId" = ${where.articleId}
         AND (CASE WHEN ${isLatest} THEN a."versionId" = ${versionId} ELSE p.id IS NOT NULL END)
       ORDER BY coalesce(p.start, a.start), coalesce(p."end", a."end") DESC, a.id`,
    // for every live annotation of the article (a superset of those on an older version)
    db.$queryRaw<{ annotationId: string; count: number }[]>`
      SELECT r."annotationId", count(*)::int AS count
        FROM "Annotation" a JOIN "Reply" r ON r."workspaceId" = a."workspaceId" AND r."annotationId" = a.id AND r."deletedAt" IS NULL
       WHERE ${liveWorkspaceScopeSql(actor, "a")} AND a."articleId" = ${where.articleId}
       GROUP BY r."annotationId"`,
    db.$queryRaw<{ annotationId: string; id: string; statement: string }[]>`
      SELECT ca."annotationId", c.id, c.statement
        FROM "Annotation" a
        JOIN "ClaimAppearance" ca ON ca."workspaceId" = a."workspaceId" AND ca."annotationId" = a.id
        JOIN "Claim" c ON c.id = ca."claimId" AND c."workspaceId" = a."workspaceId" AND c."deletedAt" IS NULL
       WHERE ${liveWorkspaceScopeSql(actor, "a")} AND a."articleId" = ${where.articleId}
       ORDER BY ca."createdAt", ca.id`,
  ]);
  const replyCountOf = new Map(replyCounts.map((r) => [r.annotationId, r.count]));
  const claimsOf = new Map<string, { id: string; statement: string }[]>();
  for (const { annotationId, id, statement } of appearances)
    (claimsOf.get(annotationId) ?? claimsOf.set(annotationId, []).get(annotationId)!).push({ id, statement });
  const annotations = rows.map((row): AnnotationDto => {
    const owner = { workspaceId: row.workspaceId, authorId: row.authorId };
    return {
      id: row.id,
      kind: row.kind,
      start: row.start,
      end: row.end,
      exact: row.exact,
      anchorState: row.anchorState,
      previousExact: row.isPast ? null : row.previousExact,
      noteStart: row.noteStart,
      tags: row.tags,
      authorId: row.authorId,
      authorName: row.authorName,
      revision: row.revision,
      replyCount: replyCountOf.get(row.id) ?? 0,
      canEdit: can(actor, "annotation.update", owner),
      canDelete: can(actor, "annotation.delete", owner),
      claims: claimsOf.get(row.id) ?? [],
    };
  });
  // on an older version every row is an annotation that has moved on: the version is the one asked for
  return { versionId: where.version === "latest" ? (rows[0]?.versionId ?? null) : where.version.id, annotations };
}

interface AnnotationRow {
  id: string;
  workspaceId: string;
  versionId: string;
  kind: AnnotationKind;
  authorId: string;
  authorName: string;
  revision: number;
  tags: string[];
  noteStart: string;
  previousExact: string | null;
  start: number;
  end: number;
  exact: string;
  anchorState: AnchorState;
  isPast: boolean;
}
