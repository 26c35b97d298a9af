import { db } from "@/lib/db/client";
import { componentLogger } from "@/lib/ops/logger";
import type { JobPayloads } from "@/lib/jobs/queues";
import type { Actor } from "@/lib/policy/actor";
import { storeDetectedConflicts, type DetectionResult } from "./detect-conflicts";

const log = componentLogger("conflicts");

/**
 * The `conflicts.detect` job: one detection run over a workspace, queued by
 * requestConflictDetection (lib/claims), or run inline by it. Idempotent and serialized per workspace (detectConflicts'
 * advisory lock), so a retry or a run on two instances at once changes nothing
 * twice. A failure throws: pg-boss retries with backoff (lib/jobs/queues.ts).
 *
 * Whom it runs as is read now, not when the change was made:
 * - the member who made the change, with their current role: the audit rows
 *   name them, as an inline run would have;
 * - a member who has left meanwhile: the change they made is committed and its
 *   conflicts must still be found, so the run is attributed to the system
 *   (audit actor without a user, shown as "system"), never to a non-member.
 *   Detection reads and writes only the workspace's own conflicts and shows
 *   nothing to anyone, so running it grants no access;
 * - a workspace that is gone: nothing to detect, done (logged).
 */
export async function detectConflictsJob(data: JobPayloads["conflicts.detect"]): Promise<DetectionResult | null> {
  const workspace = await db.workspace.findUnique({ where: { id: data.workspaceId }, select: { id: true } });
  if (!workspace) {
    log.info({ workspaceId: data.workspaceId }, "conflict detection skipped: the workspace no longer exists");
    return null;
  }
  const membership = await db.membership.findUnique({
    where: { workspaceId_userId: { workspaceId: data.workspaceId, userId: data.userId } },
    select: { role: true },
  });
  if (membership)
    return storeDetectedConflicts(
      { userId: data.userId, workspaceId: data.workspaceId, role: membership.role },
      undefined,
      data.claimIds,
    );

  log.info(
    { workspaceId: data.workspaceId, userId: data.userId },
    "conflict detection runs as the system: the member who made the change has left the workspace",
  );
  // the scope helpers read only workspaceId; VIEWER, the least role, because no member stands behind this run
  const scopeActor: Actor = { userId: data.userId, workspaceId: data.workspaceId, role: "VIEWER" };
  return storeDetectedConflicts(scopeActor, { userId: null, workspaceId: data.workspaceId }, data.claimIds);
}
