import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { articleScope } from "@/lib/articles/scope";
import type { Actor } from "@/lib/policy/actor";

/** Admins only: soft-deletes an article (its versions and annotations stay in the database). Audited. */
export async function deleteArticle(actor: Actor, articleId: string): Promise<void> {
  authorize(actor, "article.delete");
  await db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: articleScope(actor, articleId), select: { id: true, title: true } });
    if (!article) throw new NotFoundError("Article");
    await tx.article.updateMany({ where: articleScope(actor, articleId), data: { deletedAt: new Date() } });
    await recordAuditEvent(tx, actor, { action: "article.deleted", entityType: "Article", entityId: article.id, before: { title: article.title } });
  });
}
