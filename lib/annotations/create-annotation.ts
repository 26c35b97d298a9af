import { db, type Tx } from "@/lib/db/client";
import { ConflictError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { describeSpan } from "@/lib/anchoring";
import { lockArticle } from "@/lib/article-versions/lock-article";
import { versionText } from "@/lib/article-versions/version-text";
import { assertSpan } from "@/lib/annotations/assert-span";
import type { Actor } from "@/lib/policy/actor";
import type { CreateAnnotationInput } from "@/lib/annotations/schemas";

/**
 * Editors and up: annotates a span of the article's latest version. The span
 * is checked against the stored text; both W3C selectors are stored. Audited.
 */
export async function createAnnotation(actor: Actor, input: CreateAnnotationInput): Promise<{ id: string }> {
  authorize(actor, "annotation.create");
  return db.$transaction((tx) => insertAnnotation(tx, actor, input));
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
  if (input.versionId !== article.latestVersionId) {
    throw new ConflictError("A newer version of this article was imported. Reload it and select the text again.");
  }
  const text = await versionText(tx, actor.workspaceId, article.latestVersionId);
  assertSpan(text, input.start, input.end, input.exact);
  const { quote } = describeSpan(text, input.start, input.end);
  const annotation = await tx.annotation.create({
    data: {
      workspaceId: actor.workspaceId,
      articleId: article.id,
      versionId: article.latestVersionId,
      kind: input.kind,
      start: input.start,
      end: input.end,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      body: input.body,
      tags: input.tags,
      authorId: actor.userId,
      canonical: input.canonical ?? null,
      via: input.via ?? null,
    },
    select: { id: true, kind: true, start: true, end: true, exact: true, body: true, tags: true },
  });
  await recordAuditEvent(tx, actor, {
    action: "annotation.created",
    entityType: "Annotation",
    entityId: annotation.id,
    after: {
      ...annotation,
      ...(input.canonical ? { canonical: input.canonical } : {}),
      ...(input.via ? { via: input.via } : {}),
    },
  });
  return { id: annotation.id };
}
