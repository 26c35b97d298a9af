import type { Tx } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";

/**
 * Locks the article row for the rest of the transaction and returns its latest
 * version. Importing a version takes the lock exclusively ("update"), so it
 * re-anchors every annotation; creating or re-attaching an annotation takes it
 * shared, so it never lands on a version that is being replaced.
 */
export async function lockArticle(tx: Tx, actor: Actor, articleId: string, mode: "share" | "update"): Promise<{ id: string; latestVersionId: string; latestNumber: number }> {
  const rows =
    mode === "update"
      ? await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Article" WHERE id = ${articleId} AND "workspaceId" = ${actor.workspaceId} AND "deletedAt" IS NULL FOR UPDATE`
      : await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Article" WHERE id = ${articleId} AND "workspaceId" = ${actor.workspaceId} AND "deletedAt" IS NULL FOR SHARE`;
  if (rows.length === 0) throw new NotFoundError("Article");
  const latest = await tx.articleVersion.findFirst({ where: { articleId }, orderBy: { number: "desc" }, select: { id: true, number: true } });
  if (!latest) throw new NotFoundError("Article version");
  return { id: articleId, latestVersionId: latest.id, latestNumber: latest.number };
}
