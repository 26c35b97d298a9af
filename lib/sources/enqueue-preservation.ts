import { enqueue } from "@/lib/jobs/enqueue";
import { jobRunnerStarted } from "@/lib/jobs/job-runner-state";
import { pendingJobKeys } from "@/lib/jobs/pending-job-keys";
import { componentLogger } from "@/lib/ops/logger";

const log = componentLogger("sources");

/**
 * One `sources.preserve` job per snapshot, keyed by its id (the queue is
 * stately: repeats do not pile up). `skipPending`: leave out snapshots whose
 * job is waiting for a retry or running (the sweep). Never throws: what is
 * not enqueued now, the sweep enqueues later — also in a process that runs
 * no jobs (the CLI, JOBS_DISABLED): it leaves the fetch to an instance that does.
 */
export async function enqueuePreservation(
  snapshots: readonly { id: string; workspaceId: string }[],
  options: { skipPending?: boolean } = {},
): Promise<number> {
  if (snapshots.length === 0 || !jobRunnerStarted()) return 0;
  const ids = snapshots.map((s) => s.id);
  try {
    const pending = options.skipPending ? await pendingJobKeys("sources.preserve", ids) : new Set<string>();
    let queued = 0;
    for (const { id, workspaceId } of snapshots) {
      if (pending.has(id)) continue;
      if (await enqueue("sources.preserve", { snapshotId: id, workspaceId }, { singletonKey: id })) queued += 1;
    }
    return queued;
  } catch (error) {
    log.warn(
      { reason: error instanceof Error ? error.message : String(error), snapshots: ids.length },
      "could not enqueue source preservation: the sweep will",
    );
    return 0;
  }
}
