import { db } from "@/lib/db/client";
import { resolveTopics } from "@/lib/live/resolve-topics";
import type { Topic } from "@/lib/live/topics";

/**
 * How far before a moment a change committed after it may have started.
 * AuditEvent.createdAt is the start of its transaction (now()), and `seq` is
 * taken at insert, not at commit: a transaction that started before a page
 * was rendered can commit after it, with an older time and a lower seq than
 * rows the page already reflects. The longest transactions in lib/ allow 60 s
 * (importing an article version); 90 s leaves room for the page's own render.
 */
export const LATE_COMMIT_WINDOW_MS = 90_000;

/** Beyond this many changes in the window, the caller just tells every page to refetch. */
const MAX_ROWS = 1_000;

export type TouchedTopics = Map<string, Set<Topic>> | "everything";

/**
 * The topics, per workspace, that changes created at or after `since` touch
 * (only committed ones are visible). Callers pass `since` minus
 * LATE_COMMIT_WINDOW_MS of the moment they were last known to be up to date,
 * so a late commit is not missed; finding too much only costs a refetch.
 */
export async function findTouchedTopics(workspaceIds: readonly string[], since: Date): Promise<TouchedTopics> {
  if (workspaceIds.length === 0) return new Map();
  const rows = await db.auditEvent.findMany({
    where: { workspaceId: { in: [...workspaceIds] }, createdAt: { gte: since } },
    select: { workspaceId: true, entityType: true, entityId: true },
    take: MAX_ROWS + 1,
  });
  if (rows.length > MAX_ROWS) return "everything";
  const touched: Map<string, Set<Topic>> = new Map();
  for (const workspaceId of new Set(rows.map((r) => r.workspaceId).filter((id): id is string => id !== null))) {
    const refs = rows.filter((r) => r.workspaceId === workspaceId);
    const topicsOf = await resolveTopics(workspaceId, refs);
    touched.set(workspaceId, new Set([...topicsOf.values()].flat()));
  }
  return touched;
}
