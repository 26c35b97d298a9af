import { db } from "@/lib/db/client";
import { LAST_SEEN_GRANULARITY_MS } from "@/lib/auth/sessions/session-policy";

export interface ActiveSession {
  sessionId: string;
  userId: string;
  email: string;
  name: string | null;
  mustChangePassword: boolean;
  /** the IANA zone the person chose for displayed times; null = not chosen */
  timeZone: string | null;
  /** the interface language the person chose ("en", "uk"); null = not chosen */
  locale: string | null;
}

interface Row extends ActiveSession {
  lastSeenAt: Date;
}

/**
 * The signed-in browser's session and its user, in ONE query (a join, so
 * revocation costs no extra round trip over the user lookup every request
 * made before): null when the session was revoked, has expired, or its user
 * is gone. Refreshes lastSeenAt at most every 5 minutes, without waiting.
 */
export async function findActiveSession(sessionId: string): Promise<ActiveSession | null> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT s.id AS "sessionId", s."lastSeenAt", u.id AS "userId", u.email, u.name, u."mustChangePassword", u."timeZone", u.locale
    FROM "UserSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId} AND s."revokedAt" IS NULL AND s."expiresAt" > now()`;
  const row = rows[0];
  if (!row) return null;
  if (Date.now() - row.lastSeenAt.getTime() > LAST_SEEN_GRANULARITY_MS) void touchSession(sessionId);
  const { lastSeenAt: _lastSeenAt, ...session } = row;
  return session;
}

// Conditional, so concurrent requests write once; a failure only leaves lastSeenAt older.
async function touchSession(sessionId: string): Promise<void> {
  const cutoff = new Date(Date.now() - LAST_SEEN_GRANULARITY_MS);
  await db.userSession
    .updateMany({ where: { id: sessionId, lastSeenAt: { lt: cutoff } }, data: { lastSeenAt: new Date() } })
    .catch(() => undefined);
}
