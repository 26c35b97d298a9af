import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueWebhookEvent } from "@/lib/webhooks/queue-webhook-event";
import { canonicalText, sha256Hex } from "@/lib/text-import/canonical-text";
import type { Actor } from "@/lib/policy/actor";
import type { ArticleMetadata } from "@/lib/articles/schemas";

/** Editors and up: stores a new article with its text as version 1. Audited. */
export async function createArticle(
  actor: Actor,
  input: { text: string; metadata: ArticleMetadata },
): Promise<{ id: string }> {
  authorize(actor, "article.create");
  const text = canonicalText(input.text);
  if (text === "") throw new InvalidInputError("The article has no text.", { text: ["The article has no text."] });
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        workspaceId: actor.workspaceId,
        ...input.metadata,
        createdById: actor.userId,
        versions: {
          create: {
            workspaceId: actor.workspaceId,
            number: 1,
            text,
            sha256: sha256Hex(text),
            createdById: actor.userId,
          },
        },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, actor, {
      action: "article.created",
      entityType: "Article",
      entityId: article.id,
      after: { ...input.metadata, version: 1, sha256: sha256Hex(text), length: text.length },
    });
    await queueWebhookEvent(tx, actor.workspaceId, "article.imported", { articleId: article.id });
    return article;
  });
}
