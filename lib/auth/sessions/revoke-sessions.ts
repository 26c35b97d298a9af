import { db, type Tx } from "@/lib/db/client";

/** Ends one session (sign-out). Idempotent: an already ended session stays as it was. */
export async function endSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** Ends every active session of the account, or every one but `exceptSessionId`; returns how many. */
export async function revokeUserSessions(
  tx: Tx,
  userId: string,
  options: { exceptSessionId?: string } = {},
): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId, revokedAt: null, ...(options.exceptSessionId ? { id: { not: options.exceptSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  return count;
}
