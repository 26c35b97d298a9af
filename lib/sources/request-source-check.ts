import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { enqueue } from "@/lib/jobs/enqueue";
import { authorize } from "@/lib/policy/policy";
import type { Actor } from "@/lib/policy/actor";

/**
 * Admins ("source.check"): "Check now" — enqueues a `sources.check` run over
 * the workspace's preserved sources (keyed by workspace: pressing again while
 * one waits adds nothing). Audited; the run itself happens in the background.
 * `queued: false`: a run of this workspace was already waiting.
 */
export async function requestSourceCheck(actor: Actor): Promise<{ queued: boolean }> {
  authorize(actor, "source.check");
  await db.$transaction((tx) =>
    recordAuditEvent(tx, actor, {
      action: "sources.check_requested",
      entityType: "Workspace",
      entityId: actor.workspaceId,
    }),
  );
  const id = await enqueue("sources.check", { workspaceId: actor.workspaceId }, { singletonKey: actor.workspaceId });
  return { queued: id !== null };
}
