import type { Actor } from "@/lib/policy/actor";
import { storeDetectedConflicts, type DetectionResult } from "./detect-conflicts";

/**
 * Detection that runs by itself: called by the use cases that change what
 * claims state (create, edit, link, unlink, relate, a new article version, an
 * import) right after their transaction commits, so a conflict appears
 * without anyone pressing "Check for conflicts" (that button stays as a
 * manual re-run).
 *
 * It runs after the commit, never inside it: the change the user made is
 * already safe, and a detection failure must not undo it. A failure is logged
 * and the next change (or the button) detects again; detection is idempotent.
 * Runs of one workspace are serialized by detectConflicts' advisory lock.
 *
 * TODO(operations issue): move to the PostgreSQL job queue once it exists, so
 * a process that dies between the commit and the run loses nothing.
 */
export async function detectAfterChange(actor: Actor): Promise<DetectionResult | null> {
  try {
    return await storeDetectedConflicts(actor);
  } catch (error) {
    console.error(`[factdesk] conflict detection after a change failed (workspace ${actor.workspaceId})`, error);
    return null;
  }
}
