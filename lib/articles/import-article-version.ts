import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { authorize } from "@/lib/policy/policy";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { canonicalText, sha256Hex } from "@/lib/text-import/canonical-text";
import { lockArticle } from "@/lib/article-versions/lock-article";
import { reanchorStoredAnnotations, type AnchorStateCounts } from "@/lib/annotations/reanchor-stored-annotations";
import { propagateVersionChange, type PropagationResult } from "@/lib/claims/appearances/propagate-version-change";
import { requestConflictDetection } from "@/lib/claims/request-conflict-detection";
import type { Actor } from "@/lib/policy/actor";

export interface ImportVersionResult {
  created: boolean;
  versionNumber: number;
  states: AnchorStateCounts;
  /** claim appearances whose figures or quotes the new version changed, and the published reports that now need a correction */
  claims: PropagationResult;
}

/**
 * Editors and up: imports changed text for an existing article. The same text
 * as the latest version creates nothing. A changed text becomes version N+1
 * and, in the same transaction, every annotation is re-anchored to it (its
 * old anchor kept in history) and every claim appearance is extracted again
 * (propagateVersionChange: a changed figure or quote flags the claim and the
 * published reports covering it). Audited with the counts per anchor state;
 * conflict detection runs after the commit.
 */
export async function importArticleVersion(
  actor: Actor,
  articleId: string,
  rawText: string,
): Promise<ImportVersionResult> {
  authorize(actor, "article.update");
  const text = canonicalText(rawText);
  if (text === "") throw new InvalidInputError("The article has no text.", { text: ["The article has no text."] });
  const sha256 = sha256Hex(text);

  const result = await db.$transaction(
    async (tx): Promise<ImportVersionResult> => {
      const article = await lockArticle(tx, actor, articleId, "update");
      const latest = await tx.articleVersion.findUniqueOrThrow({
        where: { id: article.latestVersionId },
        select: { id: true, text: true, sha256: true },
      });
      if (latest.sha256 === sha256)
        return {
          created: false,
          versionNumber: article.latestNumber,
          states: {},
          claims: { changed: 0, reportsFlagged: 0 },
        };

      const version = await tx.articleVersion.create({
        data: {
          workspaceId: actor.workspaceId,
          articleId,
          number: article.latestNumber + 1,
          text,
          sha256,
          createdById: actor.userId,
        },
        select: { id: true, number: true },
      });
      const states = await reanchorStoredAnnotations(tx, actor, { from: latest, to: { id: version.id, text } });
      const { publishedAt } = await tx.article.findUniqueOrThrow({
        where: { id: articleId },
        select: { publishedAt: true },
      });
      const claims = await propagateVersionChange(tx, actor, {
        id: version.id,
        number: version.number,
        text,
        publishedAt,
      });
      await recordAuditEvent(tx, actor, {
        action: "article.version_imported",
        entityType: "Article",
        entityId: articleId,
        before: { version: article.latestNumber, sha256: latest.sha256 },
        after: { version: version.number, sha256, length: text.length, reanchored: states, claims },
      });
      return { created: true, versionNumber: version.number, states, claims };
    },
    { timeout: 60_000 },
  );
  if (result.created) await requestConflictDetection(actor);
  return result;
}
