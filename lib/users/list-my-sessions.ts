import { db } from "@/lib/db/client";
import type { SessionUser } from "@/lib/auth/session";

export interface MySessionDto {
  id: string;
  method: string;
  userAgent: string | null;
  ipAddress: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/**
 * All the account's active sessions (signed-in browsers), this one first, then
 * the most recently seen. Not paged: signing in keeps them to MAX_ACTIVE_SESSIONS
 * (lib/auth/sessions/start-session.ts).
 */
export async function listMySessions(user: Pick<SessionUser, "id" | "sessionId">): Promise<MySessionDto[]> {
  const rows = await db.userSession.findMany({
    where: { userId: user.id, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { id: true, method: true, userAgent: true, ipAddress: true, createdAt: true, lastSeenAt: true },
    orderBy: { lastSeenAt: "desc" },
  });
  const sessions = rows.map((row) => ({ ...row, current: row.id === user.sessionId }));
  return [...sessions.filter((s) => s.current), ...sessions.filter((s) => !s.current)];
}
