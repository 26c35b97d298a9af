import { db } from "@/lib/db/client";
import { enqueuePreservation } from "./enqueue-preservation";
import { PRESERVE_MAX_ATTEMPTS } from "@/lib/jobs/queues";
import { SWEEP_BATCH } from "./preservation-limits";

/** A snapshot is swept once it has waited this long unfetched: the enqueue after its commit normally took it well before. */
export const SWEEP_AFTER_MS = 60_000;

/**
 * The `sources.sweep` job (every few minutes): enqueues the preservation of
 * cited sources never fetched — a crash between commit and enqueue, a process
 * without a job runner — unless their job is still waiting or running, and
 * unless they used up their attempts. Oldest first, bounded per run.
 */
export async function sweepUnpreservedSources(now = new Date()): Promise<number> {
  const waiting = await db.sourceSnapshot.findMany({
    where: {
      fetchedAt: null,
      attempts: { lt: PRESERVE_MAX_ATTEMPTS },
      createdAt: { lt: new Date(now.getTime() - SWEEP_AFTER_MS) },
    },
    orderBy: { createdAt: "asc" },
    take: SWEEP_BATCH,
    select: { id: true, workspaceId: true },
  });
  return enqueuePreservation(waiting, { skipPending: true });
}
