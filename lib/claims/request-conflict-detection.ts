import { enqueue } from "@/lib/jobs/enqueue";
import { inlineJobHandler } from "@/lib/jobs/inline-jobs";
import { jobRunnerStarted } from "@/lib/jobs/job-runner-state";
import { componentLogger } from "@/lib/ops/logger";
import type { Actor } from "@/lib/policy/actor";

const log = componentLogger("conflicts");

/**
 * What requestConflictDetection did: handed the run to the job queue, or ran it here (result: the detection's
 * counts, lib/conflicts/detect-conflicts.ts DetectionResult; null: it failed, logged).
 */
export type AfterChangeDetection = { queued: true } | { queued: false; result: unknown };

/**
 * Detection that runs by itself: called by the use cases that change what
 * claims state (create, edit, link, unlink, relate, a verdict's step, a new
 * article version, an import) right after their transaction commits, so a
 * conflict appears without anyone pressing "Check for conflicts" (that button
 * stays as a manual re-run). It lives in lib/claims, below lib/conflicts
 * (which reads claims), so that claims, verdicts and articles ask for
 * detection without importing lib/conflicts.
 *
 * In a process that runs jobs (the app server) it becomes a `conflicts.detect`
 * job (lib/conflicts/detect-conflicts-job.ts): the request does not wait for a
 * run over the whole workspace, a failed run is retried with backoff, and a
 * burst of changes leaves one run waiting per workspace (singletonKey), which
 * sees them all. Without a job runner (the CLI, tests, JOBS_DISABLED) the same
 * job runs inline, through the handlers the process installed
 * (lib/jobs/inline-jobs.ts: none installed throws), as does a change whose job
 * could not be enqueued.
 *
 * `changedClaimIds`: the claims the change touched; the run then compares only
 * the groups they belong to (incremental, detection-keys.ts). Without them
 * (a change to a whole article) the run covers the workspace.
 *
 * Either way after the commit, never inside it: the change the user made is
 * already safe, and a detection failure must not undo it. A failed run does
 * not throw: it is logged and the next change (or the button) detects again;
 * detection is idempotent. Left open: a process that dies between the commit
 * and the enqueue loses that run (the next change in the workspace makes up
 * for it).
 */
export async function requestConflictDetection(
  actor: Actor,
  changedClaimIds?: readonly string[],
): Promise<AfterChangeDetection> {
  const claimIds = changedClaimIds ? [...new Set(changedClaimIds)] : undefined;
  const data = { workspaceId: actor.workspaceId, userId: actor.userId };
  if (jobRunnerStarted()) {
    try {
      // At most one incremental and one full run wait per workspace (a burst must not queue a run per change: each
      // holds a connection while it waits for the workspace's detection lock). An incremental run carries its claims,
      // so when one is already waiting (null) this change goes to the full run instead, which starts after this
      // commit and sees it; a full run already waiting sees it too.
      const queued = claimIds
        ? await enqueue("conflicts.detect", { ...data, claimIds }, { singletonKey: `${actor.workspaceId}:incremental` })
        : null;
      if (queued === null) await enqueue("conflicts.detect", data, { singletonKey: actor.workspaceId });
      return { queued: true };
    } catch (error) {
      log.error(
        { workspaceId: actor.workspaceId, reason: error instanceof Error ? error.message : String(error) },
        "could not enqueue conflict detection: running it inline",
      );
    }
  }
  const detect = inlineJobHandler("conflicts.detect"); // outside the try: a process without handlers must fail loudly
  try {
    return { queued: false, result: await detect(claimIds ? { ...data, claimIds } : data) };
  } catch (error) {
    log.error(
      { workspaceId: actor.workspaceId, reason: error instanceof Error ? error.message : String(error) },
      "conflict detection after a change failed",
    );
    return { queued: false, result: null };
  }
}
