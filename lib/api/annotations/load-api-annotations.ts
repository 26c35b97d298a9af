import { db } from "@/lib/db/client";
import { liveWorkspaceScopeSql } from "@/lib/db/scope-sql";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { articleScope } from "@/lib/articles/scope";
import { versionText } from "@/lib/article-versions/version-text";
import { annotationScope } from "@/lib/annotations/scope";
import { utf16ToCodePoints } from "@/lib/anchoring";
import { workspaceSlug } from "@/lib/api/http/workspace-slug";
import { pageArgs, toPage, type Page, type PageQuery } from "@/lib/paging/newest-first";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/policy/actor";
import type { ApiAnnotation } from "@/lib/api/annotations/to-api-web-annotation";
import { agentIri } from "@/lib/exports/web-annotation-vocab";
import { publicOrigin as publicAddressOrigin } from "@/lib/public-urls/public-address";

/** Absolute URLs the Web Annotation output needs, from the request's origin. */
export interface AnnotationLinks {
  origin: string;
}

/** Any member: one page of an article's live annotations, newest first, as export records. */
export async function findApiAnnotationsPage(
  actor: Actor,
  articleId: string,
  query: PageQuery,
  links: AnnotationLinks,
): Promise<Page<ApiAnnotation> & { startIndex: number }> {
  authorize(actor, "article.read");
  const article = await db.article.findFirst({ where: articleScope(actor, articleId), select: { id: true } });
  if (!article) throw new NotFoundError("Article");
  const { where, ...paging } = pageArgs(query);
  const all = { ...annotationScope(actor), articleId: article.id };
  const rows = await db.annotation.findMany({ where: { ...all, ...where }, ...paging, select: SELECT });
  const page = toPage(rows, query, (row) => row);
  // the page's startIndex (a Data Model SHOULD): the annotations the earlier pages held, those newer than its
  // first one (counted from that row, not the cursor: a page read backwards lies before its cursor)
  const first = page.items[0];
  const before =
    query.cursor && first
      ? await db.annotation.count({
          where: {
            ...all,
            OR: [{ createdAt: { gt: first.createdAt } }, { createdAt: first.createdAt, id: { gt: first.id } }],
          },
        })
      : 0;
  return {
    items: await toApiAnnotations(actor, page.items, links),
    nextCursor: page.nextCursor,
    previousCursor: page.previousCursor,
    startIndex: before,
  };
}

/**
 * Any member: one live annotation of a live article, as an export record. One
 * statement (the annotation with its article, author and workspace slug)
 * instead of Prisma's five: every annotation write answers with it, and a
 * conditional one loads it twice more (lib/api/http/preconditions.ts). SECURITY:
 * annotationScope's workspace and live-row filters, spelled out.
 */
export async function getApiAnnotation(
  actor: Actor,
  annotationId: string,
  links: AnnotationLinks,
): Promise<ApiAnnotation> {
  authorize(actor, "article.read");
  const [found] = await db.$queryRaw<SingleRow[]>`
    SELECT a.id, a."articleId", a."versionId", a.kind::text AS kind, a.start, a."end", a.exact, a.prefix, a.suffix, a."anchorState"::text AS "anchorState",
           a.body, a.tags, a."authorId", a.revision,
           (extract(epoch FROM a."createdAt") * 1000)::float8 AS "createdMs", (extract(epoch FROM a."updatedAt") * 1000)::float8 AS "updatedMs",
           ar.title AS "articleTitle", ar.url AS "articleUrl", coalesce(u.name, u.email) AS "authorName", w.slug
      FROM "Annotation" a
      JOIN "ArticleVersion" v ON v.id = a."versionId"
      JOIN "Article" ar ON ar.id = v."articleId" AND ar."deletedAt" IS NULL
      JOIN "Workspace" w ON w.id = a."workspaceId"
      LEFT JOIN "User" u ON u.id = a."authorId"
     WHERE a.id = ${annotationId} AND ${liveWorkspaceScopeSql(actor, "a")}`;
  if (!found) throw new NotFoundError("Annotation");
  const { articleTitle, articleUrl, authorName, slug, createdMs, updatedMs, ...fields } = found;
  const row: Row = {
    ...fields,
    createdAt: new Date(createdMs),
    updatedAt: new Date(updatedMs),
    version: { article: { title: articleTitle, url: articleUrl } },
  };
  const text = await versionText(db, actor.workspaceId, row.versionId).catch(emptyIfNotFound);
  return toApiAnnotation(row, { slug, text, creatorName: authorName ?? "Unknown", links });
}

/** getApiAnnotation's row: timestamps in epoch milliseconds (numbers: no time zone on the way, as Prisma reads them in UTC). */
type SingleRow = Omit<Row, "createdAt" | "updatedAt" | "version"> & {
  createdMs: number;
  updatedMs: number;
  articleTitle: string;
  articleUrl: string | null;
  authorName: string | null;
  slug: string;
};

/** Any member: the live annotations with these ids (of live or deleted articles alike: the caller chose them), in the order given, as export records. */
export async function findApiAnnotationsByIds(
  actor: Actor,
  ids: string[],
  links: AnnotationLinks,
): Promise<ApiAnnotation[]> {
  authorize(actor, "article.read");
  const rows = await db.annotation.findMany({ where: { ...annotationScope(actor), id: { in: ids } }, select: SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return toApiAnnotations(
    actor,
    ids.flatMap((id) => byId.get(id) ?? []),
    links,
  );
}

function emptyIfNotFound(error: unknown): string {
  if (error instanceof NotFoundError) return "";
  throw error;
}

const SELECT = {
  id: true,
  articleId: true,
  versionId: true,
  kind: true,
  start: true,
  end: true,
  exact: true,
  prefix: true,
  suffix: true,
  anchorState: true,
  body: true,
  tags: true,
  authorId: true,
  revision: true,
  createdAt: true,
  updatedAt: true,
  version: { select: { article: { select: { title: true, url: true } } } },
} as const satisfies Prisma.AnnotationSelect;

type Row = Prisma.AnnotationGetPayload<{ select: typeof SELECT }>;

async function toApiAnnotations(actor: Actor, rows: Row[], links: AnnotationLinks): Promise<ApiAnnotation[]> {
  const versionIds = [...new Set(rows.map((r) => r.versionId))];
  const [slug, users, texts] = await Promise.all([
    workspaceSlug(actor),
    db.user.findMany({
      where: { id: { in: [...new Set(rows.map((r) => r.authorId))] } },
      select: { id: true, name: true, email: true },
    }),
    // versions are immutable: their texts come from the per-process cache, not the database on every answer
    Promise.all(versionIds.map((id) => versionText(db, actor.workspaceId, id).catch(emptyIfNotFound))),
  ]);
  const nameOf = new Map(users.map((u) => [u.id, u.name ?? u.email]));
  const textOf = new Map(versionIds.map((id, n) => [id, texts[n]!]));
  return rows.map((row) =>
    toApiAnnotation(row, {
      slug,
      text: textOf.get(row.versionId) ?? "",
      creatorName: nameOf.get(row.authorId) ?? "Unknown",
      links,
    }),
  );
}

function toApiAnnotation(
  row: Row,
  context: { slug: string; text: string; creatorName: string; links: AnnotationLinks },
): ApiAnnotation {
  const { slug, text, creatorName, links } = context;
  // the stored span is only a position while it still holds the quote (not for orphaned or ambiguous anchors)
  const placed = text.slice(row.start, row.end) === row.exact;
  const startCodePoint = placed ? utf16ToCodePoints(text, row.start) : 0;
  return {
    anchorState: row.anchorState,
    placed,
    revision: row.revision,
    annotation: {
      id: row.id,
      articleId: row.articleId,
      articleTitle: row.version.article.title,
      articleUrl: row.version.article.url,
      appUrl: `${links.origin}/w/${slug}/articles/${row.articleId}`,
      kind: row.kind,
      start: row.start,
      end: row.end,
      startCodePoint,
      endCodePoint: placed ? startCodePoint + utf16ToCodePoints(row.exact, row.exact.length) : 0,
      exact: row.exact,
      prefix: row.prefix,
      suffix: row.suffix,
      body: row.body,
      tags: row.tags,
      creatorName,
      // the person's stable IRI on the public address, whatever host the request came through
      creatorIri: agentIri(publicAddressOrigin(), { userId: row.authorId }),
      created: row.createdAt,
      modified: row.updatedAt,
      replies: [],
    },
  };
}
