import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { articleScope } from "@/lib/articles/scope";
import type { Actor } from "@/lib/policy/actor";
import type { ArticleMetadata } from "@/lib/articles/schemas";

const METADATA = { title: true, outlet: true, author: true, url: true, publishedAt: true, language: true } as const;

/** Editors and up: edits title, outlet, author, url, published date and language. Audited with before/after. */
export async function updateArticleMetadata(actor: Actor, articleId: string, metadata: ArticleMetadata): Promise<void> {
  authorize(actor, "article.update");
  await db.$transaction(async (tx) => {
    const before = await tx.article.findFirst({ where: articleScope(actor, articleId), select: METADATA });
    if (!before) throw new NotFoundError("Article");
    const { count } = await tx.article.updateMany({ where: articleScope(actor, articleId), data: metadata });
    if (count === 0) throw new NotFoundError("Article");
    await recordAuditEvent(tx, actor, {
      action: "article.metadata_updated",
      entityType: "Article",
      entityId: articleId,
      before,
      after: metadata,
    });
  });
}
