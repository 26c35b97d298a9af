import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { revokeUserSessions } from "@/lib/auth/sessions/revoke-sessions";
import type { SessionUser } from "@/lib/auth/session";

/**
 * "Sign out everywhere" (every session, this one too) or "sign out other
 * sessions" (`keepCurrent`). Returns how many sessions were ended.
 */
export async function signOutEverywhere(
  user: Pick<SessionUser, "id" | "sessionId">,
  options: { keepCurrent: boolean },
): Promise<number> {
  return db.$transaction(async (tx) => {
    const ended = await revokeUserSessions(tx, user.id, options.keepCurrent ? { exceptSessionId: user.sessionId } : {});
    await recordAuditEvent(
      tx,
      { userId: user.id, workspaceId: null },
      {
        action: options.keepCurrent ? "user.signed_out_other_sessions" : "user.signed_out_everywhere",
        entityType: "User",
        entityId: user.id,
        after: { sessionsEnded: ended },
      },
    );
    return ended;
  });
}
