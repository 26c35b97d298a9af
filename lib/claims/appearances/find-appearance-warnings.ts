import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { APPEARANCE_FLAG_FIELDS, appearanceWarning, type AppearanceWarning } from "./stored-appearance";

export interface ClaimAppearanceWarning extends AppearanceWarning {
  annotationId: string;
  articleId: string;
  articleTitle: string;
  exact: string;
}

/** The open appearance warnings of some claims of one workspace (live passages of live articles), by claim. The caller authorizes. */
export async function findAppearanceWarnings(
  client: Tx | typeof db,
  workspaceId: string,
  claimIds: string[],
): Promise<Map<string, ClaimAppearanceWarning[]>> {
  const rows = await client.claimAppearance.findMany({
    where: {
      workspaceId,
      claimId: { in: claimIds },
      annotation: { deletedAt: null, version: { article: { deletedAt: null } } },
      OR: [{ changedAt: { not: null } }, { NOT: { differences: { equals: [] } } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...APPEARANCE_FLAG_FIELDS,
      claimId: true,
      annotation: {
        select: {
          id: true,
          articleId: true,
          exact: true,
          version: { select: { article: { select: { title: true } } } },
        },
      },
    },
  });
  const byClaim = new Map<string, ClaimAppearanceWarning[]>(claimIds.map((id) => [id, []]));
  for (const row of rows) {
    const warning = appearanceWarning(row);
    if (!warning) continue;
    byClaim.get(row.claimId)?.push({
      ...warning,
      annotationId: row.annotation.id,
      articleId: row.annotation.articleId,
      articleTitle: row.annotation.version.article.title,
      exact: row.annotation.exact,
    });
  }
  return byClaim;
}
