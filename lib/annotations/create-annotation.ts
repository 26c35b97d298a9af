import { db, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { noteWriter, recordStatementWrite } from "@/lib/db/replica-write-positions";
import { liveWorkspaceScopeSql } from "@/lib/db/scope-sql";
import { describeSpan } from "@/lib/anchoring";
import { lockArticle } from "@/lib/article-versions/lock-article";
import { versionText } from "@/lib/article-versions/version-text";
import { assertSpan } from "@/lib/annotations/assert-span";
import { auditEventInsertSql } from "@/lib/audit/audit-event-sql";
// ids for rows written in raw SQL, where Prisma's @default(cuid()) does not run: collision-resistant, no "-"
// (which public addresses rely on, lib/public-urls/public-address.ts)
import { createId as newRowId } from "@paralleldrive/cuid2";
import type { Actor } from "@/lib/policy/actor";
import type { CreateAnnotationInput } from "@/lib/annotations/schemas";

const NEWER_VERSION = "A newer version of this article was imported. Reload it and select the text again.";

/**
 * Editors and up: annotates a span of the article's latest version. The span
 * is checked against the stored text; both W3C selectors are stored. Audited.
 *
 * One statement, one round trip (bench/create.ts): it locks the article
 * (shared, as lockArticle does), inserts the annotation only if the version is
 * still the latest and the span valid, and its audit event with it; it commits
 * on its own, or joins the ambient transaction (lib/db/ambient-transaction.ts).
 * The span is checked before, against the version's cached text. A refused
 * request runs the same statement, which then writes nothing, and is refused
 * as insertAnnotation refuses it, in the same order: article, version, span.
 */
export async function createAnnotation(actor: Actor, input: CreateAnnotationInput): Promise<{ id: string }> {
  authorize(actor, "annotation.create");
  const text = await textInWorkspace(actor, input.versionId);
  const spanRefusal = text === null ? null : refusalOfSpan(text, input);
  const quote = text === null || spanRefusal ? null : describeSpan(text, input.start, input.end).quote;
  const [row] = await db.$queryRaw<StatementRow[]>(
    annotationStatement(actor, input, quote, lockedArticleSql(actor, input)),
  );
  if (!row) throw new NotFoundError("Article");
  if (row.latestVersionId === null) throw new NotFoundError("Article version");
  if (row.latestVersionId !== input.versionId) throw new ConflictError(NEWER_VERSION);
  if (spanRefusal) throw spanRefusal;
  // the latest version of an article in the workspace is in the workspace: its text was found
  if (row.annotationId === null) throw new NotFoundError("Article version");
  await recordStatementWrite(db, actor.userId); // read-your-writes with a replica, as after a transaction
  return { id: row.annotationId };
}

type LockedArticle = Awaited<ReturnType<typeof lockArticle>>;

/**
 * The body of createAnnotation inside a caller's transaction (the caller authorizes), for use cases that annotate and go on in one transaction.
 * `locked`: the article as the caller already locked it in this transaction (lockArticle), so it is not locked again.
 */
export async function insertAnnotation(
  tx: Tx,
  actor: Actor,
  input: CreateAnnotationInput,
  locked?: LockedArticle,
): Promise<{ id: string }> {
  const article = locked?.id === input.articleId ? locked : await lockArticle(tx, actor, input.articleId, "share");
  if (input.versionId !== article.latestVersionId) throw new ConflictError(NEWER_VERSION);
  const text = await versionText(tx, actor.workspaceId, article.latestVersionId);
  assertSpan(text, input.start, input.end, input.exact);
  const { quote } = describeSpan(text, input.start, input.end);
  // the article is locked and its version checked: the statement's "article" is these values
  const lockedAlready = Prisma.sql`SELECT ${article.id}::text AS id, ${article.latestVersionId}::text AS "latestVersionId"`;
  const [row] = await tx.$queryRaw<StatementRow[]>(annotationStatement(actor, input, quote, lockedAlready));
  noteWriter(actor.userId); // after commit, their reads wait for a replica that has it (read-your-writes)
  return { id: row!.annotationId! };
}

type Quote = ReturnType<typeof describeSpan>["quote"];

/** The version's text (cached) when the version is in the actor's workspace; else null. */
async function textInWorkspace(actor: Actor, versionId: string): Promise<string | null> {
  return versionText(db, actor.workspaceId, versionId).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
}

/** assertSpan's refusal of the span, to throw once the article and version are known to be right; null for a valid span. */
function refusalOfSpan(text: string, input: CreateAnnotationInput): InvalidInputError | null {
  try {
    assertSpan(text, input.start, input.end, input.exact);
    return null;
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
}

/** The article row, locked shared for the rest of the statement's transaction, and its latest version (lockArticle's query). */
function lockedArticleSql(actor: Actor, input: CreateAnnotationInput): Prisma.Sql {
  return Prisma.sql`
    SELECT a.id, v.id AS "latestVersionId"
      FROM "Article" a
      LEFT JOIN LATERAL (SELECT id FROM "ArticleVersion" WHERE "articleId" = a.id ORDER BY number DESC LIMIT 1) v ON TRUE
     WHERE a.id = ${input.articleId} AND ${liveWorkspaceScopeSql(actor, "a")}
       FOR SHARE OF a`;
}

interface StatementRow {
  /** null: the article has no version */
  latestVersionId: string | null;
  /** null: nothing was written (the version is not the latest) */
  annotationId: string | null;
}

/**
 * The annotation and its audit event in one statement, written only if `article` (a query giving the
 * article's `id` and `"latestVersionId"`) names `input.versionId` as the latest version and there is a
 * `quote` (null: a refused span, nothing is written). The audit event is written as recordAuditEvent
 * writes it (auditEventInsertSql): `after` holds the stored id, kind, start, end, exact, body and tags
 * (from RETURNING), and canonical and via when given.
 */
function annotationStatement(
  actor: Actor,
  input: CreateAnnotationInput,
  quote: Quote | null,
  article: Prisma.Sql,
): Prisma.Sql {
  const given = {
    ...(input.canonical ? { canonical: input.canonical } : {}),
    ...(input.via ? { via: input.via } : {}),
  };
  const audit = auditEventInsertSql(
    actor,
    {
      action: "annotation.created",
      entityType: "Annotation",
      entityId: Prisma.sql`annotation.id`,
      after: Prisma.sql`jsonb_build_object('id', annotation.id, 'kind', annotation.kind, 'start', annotation.start,
                                'end', annotation."end", 'exact', annotation.exact, 'body', annotation.body,
                                'tags', annotation.tags) || ${JSON.stringify(given)}::jsonb`,
    },
    Prisma.sql`annotation`,
  );
  return Prisma.sql`
    WITH article AS (${article}),
    annotation AS (
      INSERT INTO "Annotation" (id, "workspaceId", "articleId", "versionId", kind, start, "end", exact, prefix, suffix,
                                body, tags, "authorId", canonical, via, "updatedAt")
      SELECT ${newRowId()}, ${actor.workspaceId}, article.id, article."latestVersionId", ${input.kind}::"AnnotationKind",
             ${input.start}::int, ${input.end}::int, ${quote?.exact ?? null}::text, ${quote?.prefix ?? null}::text,
             ${quote?.suffix ?? null}::text, ${input.body}, ${input.tags}::text[], ${actor.userId}, ${input.canonical ?? null},
             ${input.via ?? null}, now()
        FROM article
       WHERE article."latestVersionId" = ${input.versionId} AND ${quote !== null}::boolean
      RETURNING id, kind, start, "end", exact, body, tags
    ),
    audit AS (${audit})
    SELECT article."latestVersionId", annotation.id AS "annotationId" FROM article LEFT JOIN annotation ON TRUE`;
}
