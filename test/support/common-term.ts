/**
 * A word made "common" in the search vectors' ANALYZE statistics, for tests of
 * the look-ups that leave common words out (lib/claims/common-terms.ts).
 */
import { db } from "@/lib/db/client";
import { COMMON_SHARE } from "@/lib/claims/common-terms";
import { forgetTermStatistics } from "@/lib/search/vector-statistics";
import type { TestWorkspace } from "@/prisma/factories";

/** Rows the test world's other words are in under 2 % of, as in a newsroom's tables, when its file runs alone. */
const AT_LEAST_ROWS = 500;

/**
 * Title-only articles and claims without a verdict (never suggested, never
 * compared) in `ws`: enough of them for the world's other words to be rare,
 * and enough holding `word` for it to be in more than twice COMMON_SHARE of
 * the rows, whatever other test files have put in the database. Then ANALYZE
 * and forget the statistics read so far, so the next look-up reads the new
 * ones.
 */
export async function makeTermCommon(ws: TestWorkspace, word: string): Promise<void> {
  const filler = (total: number) => {
    const plain = Math.max(AT_LEAST_ROWS - total, 0);
    return { plain, holding: Math.ceil(((total + plain) * 2 * COMMON_SHARE) / (1 - 2 * COMMON_SHARE)) + 50 };
  };
  const articles = filler(await db.article.count());
  await db.$executeRaw`
    INSERT INTO "Article" (id, "workspaceId", title, "createdById", "updatedAt")
    SELECT 'filler-' || n || '-' || ${ws.workspace.id}, ${ws.workspace.id},
           CASE WHEN n <= ${articles.holding} THEN ${word} || ' council notice ' || n ELSE 'Notice ' || n END,
           ${ws.actors.EDITOR.userId}, now()
      FROM generate_series(1, ${articles.holding + articles.plain}::int) AS n`;
  const claims = filler(await db.claim.count());
  await db.$executeRaw`
    INSERT INTO "Claim" (id, "workspaceId", statement, "createdById", "updatedAt")
    SELECT 'filler-' || n || '-' || ${ws.workspace.id}, ${ws.workspace.id},
           CASE WHEN n <= ${claims.holding} THEN ${word} || ' council met ' || n ELSE 'Meeting ' || n END,
           ${ws.actors.EDITOR.userId}, now()
      FROM generate_series(1, ${claims.holding + claims.plain}::int) AS n`;
  await db.$executeRawUnsafe(`ANALYZE "Article"`);
  await db.$executeRawUnsafe(`ANALYZE "Claim"`);
  forgetTermStatistics();
}
