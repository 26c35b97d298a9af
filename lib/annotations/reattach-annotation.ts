import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { describeSpan } from "@/lib/anchoring";
import { lockArticle } from "@/lib/article-versions/lock-article";
import { versionText } from "@/lib/article-versions/version-text";
import { assertSpan } from "@/lib/annotations/assert-span";
import { annotationScope } from "@/lib/annotations/scope";
import type { Actor } from "@/lib/policy/actor";
import type { ReattachAnnotationInput } from "@/lib/annotations/schemas";

/**
 * Editors and up: gives an annotation that lost its place (orphaned,
 * ambiguous or changed) a new span on the latest version. The note, replies
 * and claim links stay with it; the old anchor is kept in the history. Audited.
 */
export async function reattachAnnotation(actor: Actor, input: ReattachAnnotationInput): Promise<void> {
  authorize(actor, "annotation.reattach");
  await db.$transaction(async (tx) => {
    const current = await tx.annotation.findFirst({
      where: annotationScope(actor, input.annotationId),
      select: { id: true, articleId: true, versionId: true, start: true, end: true, exact: true, anchorState: true },
    });
    if (!current) throw new NotFoundError("Annotation");
    const article = await lockArticle(tx, actor, current.articleId, "share");
    if (input.versionId !== article.latestVersionId)
      throw new ConflictError("A newer version of this article was imported. Reload it and select the text again.");
    const version = { text: await versionText(tx, actor.workspaceId, article.latestVersionId) };
    assertSpan(version.text, input.start, input.end, input.exact);
    const { quote } = describeSpan(version.text, input.start, input.end);
    await tx.annotation.update({
      where: { id: current.id },
      data: {
        versionId: article.latestVersionId,
        start: input.start,
        end: input.end,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        anchorState: "EXACT",
        previousExact: null,
        revision: { increment: 1 },
      },
    });
    await recordAuditEvent(tx, actor, {
      action: "annotation.reattached",
      entityType: "Annotation",
      entityId: current.id,
      before: { start: current.start, end: current.end, exact: current.exact, anchorState: current.anchorState },
      after: { start: input.start, end: input.end, exact: quote.exact, anchorState: "EXACT" },
    });
  });
}
