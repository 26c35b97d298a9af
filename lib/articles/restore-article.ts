import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import type { Actor } from "@/lib/policy/actor";
import { articleScopeIncludingDeleted } from "@/lib/articles/scope";

/** Admins only: brings a deleted article back with its versions, annotations and claim passages. Audited; detection re-runs. */
export async function restoreArticle(actor: Actor, articleId: string): Promise<void> {
  authorize(actor, "article.delete");
  await db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { ...articleScopeIncludingDeleted(actor, articleId), deletedAt: { not: null } },
      select: { id: true, title: true, deletedAt: true },
    });
    if (!article) throw new NotFoundError("Deleted article");
    await tx.article.updateMany({
      where: articleScopeIncludingDeleted(actor, article.id),
      data: { deletedAt: null },
    });
    await recordAuditEvent(tx, actor, {
      action: "article.restored",
      entityType: "Article",
      entityId: article.id,
      before: { deletedAt: article.deletedAt },
      after: { title: article.title },
    });
  });
  await requestConflictDetection(actor);
}
