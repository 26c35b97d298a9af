import { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/client";
import { liveWorkspaceScopeSql } from "@/lib/db/scope-sql";
import { NotFoundError } from "@/lib/errors";
import type { Actor } from "@/lib/policy/actor";

/**
 * Locks the article row for the rest of the transaction and returns its latest
 * version. Importing a version takes the lock exclusively ("update"), so it
 * re-anchors every annotation; creating or re-attaching an annotation takes it
 * shared, so it never lands on a version that is being replaced.
 */
export async function lockArticle(
  tx: Tx,
  actor: Actor,
  articleId: string,
  mode: "share" | "update",
): Promise<{ id: string; latestVersionId: string; latestNumber: number }> {
  // one round trip: the lock and the latest version (writes wait on the article lock, so fewer trips = more writes per second)
  const lock = mode === "update" ? Prisma.sql`FOR UPDATE OF a` : Prisma.sql`FOR SHARE OF a`;
  const rows = await tx.$queryRaw<{ id: string; latestVersionId: string | null; latestNumber: number | null }[]>`
    SELECT a.id, v.id AS "latestVersionId", v.number AS "latestNumber"
      FROM "Article" a
      LEFT JOIN LATERAL (SELECT id, number FROM "ArticleVersion" WHERE "articleId" = a.id ORDER BY number DESC LIMIT 1) v ON TRUE
     WHERE a.id = ${articleId} AND ${liveWorkspaceScopeSql(actor, "a")}
     ${lock}`;
  const row = rows[0];
  if (!row) throw new NotFoundError("Article");
  if (row.latestVersionId === null || row.latestNumber === null) throw new NotFoundError("Article version");
  return { id: articleId, latestVersionId: row.latestVersionId, latestNumber: row.latestNumber };
}
