import { readDb } from "@/lib/db/replica";
import type { SourceHealth } from "@/lib/generated/prisma/enums";

/** A preserved copy of a cited source (SourceSnapshot), as the public page links it. */
export interface SourceCopy {
  id: string;
  fetchedAt: Date;
  httpStatus: number | null;
  contentHash: string | null;
  health: SourceHealth;
}

/**
 * The preserved copies of these URLs in the workspace, by URL: only snapshots
 * whose preservation fetch succeeded (fetchedAt set). Reads wherever the
 * caller's withReplica chose.
 */
export async function findSourceCopies(workspaceId: string, urls: string[]): Promise<Map<string, SourceCopy>> {
  if (urls.length === 0) return new Map();
  const rows = await readDb.sourceSnapshot.findMany({
    where: { workspaceId, url: { in: [...new Set(urls)] }, fetchedAt: { not: null } },
    select: { id: true, url: true, fetchedAt: true, httpStatus: true, contentHash: true, health: true },
  });
  return new Map(rows.map(({ url, fetchedAt, ...copy }) => [url, { ...copy, fetchedAt: fetchedAt! }]));
}
