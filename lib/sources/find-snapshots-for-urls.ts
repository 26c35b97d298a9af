import { db, type Tx } from "@/lib/db/client";
import type { SourceHealth } from "@/lib/generated/prisma/enums";

/** What a page citing a source shows of its preserved copy. */
export interface SnapshotForUrl {
  id: string;
  fetchedAt: Date;
  httpStatus: number | null;
  contentHash: string | null;
  health: SourceHealth;
}

/**
 * The stored copies of these URLs in the workspace (only those fetched), by
 * URL. No actor: the caller has already decided the citing page may be read
 * (the internal evidence list, or the public fact-check page, whose rule is
 * lib/publishing/public-claims-sql.ts). Stable signature: the public
 * fact-check page uses it.
 */
export async function findSnapshotsForUrls(
  workspaceId: string,
  urls: readonly string[],
  client: Tx | typeof db = db,
): Promise<Map<string, SnapshotForUrl>> {
  const unique = [...new Set(urls)];
  if (unique.length === 0) return new Map();
  const rows = await client.sourceSnapshot.findMany({
    where: { workspaceId, url: { in: unique }, fetchedAt: { not: null } },
    select: { id: true, url: true, fetchedAt: true, httpStatus: true, contentHash: true, health: true },
  });
  return new Map(rows.map(({ url, fetchedAt, ...rest }) => [url, { ...rest, fetchedAt: fetchedAt! }]));
}
