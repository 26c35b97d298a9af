import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { articleScope } from "@/lib/articles/scope";
import { claimAppearanceScope } from "@/lib/claims/scope";
import { requirePublishedChangeNote } from "@/lib/corrections/require-published-change-note";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import type { Actor } from "@/lib/policy/actor";

/**
 * Admins only: soft-deletes an article (its versions and annotations stay in
 * the database; restoreArticle brings it back). When a published report shows
 * it — an article report of it, or a claim with a passage in it — the deletion
 * needs a correction note (requirePublishedChangeNote). Audited; detection
 * re-runs (its passages no longer count).
 */
export async function deleteArticle(actor: Actor, articleId: string, correctionNote?: string | null): Promise<void> {
  authorize(actor, "article.delete");
  await db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: articleScope(actor, articleId),
      select: { id: true, title: true },
    });
    if (!article) throw new NotFoundError("Article");
    const appearances = await tx.claimAppearance.findMany({
      where: {
        ...claimAppearanceScope(actor),
        annotation: { articleId: article.id, deletedAt: null },
        claim: { deletedAt: null },
      },
      select: { claimId: true },
    });
    await requirePublishedChangeNote(tx, actor, {
      claimIds: appearances.map((a) => a.claimId),
      articleIds: [article.id],
      what: "Deleting this article",
      note: correctionNote,
    });
    await tx.article.updateMany({ where: articleScope(actor, articleId), data: { deletedAt: new Date() } });
    await recordAuditEvent(tx, actor, {
      action: "article.deleted",
      entityType: "Article",
      entityId: article.id,
      before: { title: article.title },
      after: { correctionNote: correctionNote ?? null },
    });
  });
  await requestConflictDetection(actor);
}
