import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { MAX_ACTIVE_SESSIONS, SESSION_MAX_AGE_SECONDS, type SessionMethod } from "@/lib/auth/sessions/session-policy";

export interface NewSession {
  userId: string;
  method: SessionMethod;
  userAgent: string | null;
  ipAddress: string | null;
}

/**
 * The server-side row of a new sign-in; its id travels in the JWT as `sid`.
 * Beyond MAX_ACTIVE_SESSIONS, the account's sessions seen least recently end
 * (signed out, as by "Sign out" on the account page, and audited the same way).
 */
export async function startSession(input: NewSession): Promise<string> {
  return db.$transaction(async (tx) => {
    // one sign-in of the account at a time, so two at once cannot both keep the oldest session
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`factdesk:sessions:${input.userId}`}))`;
    const row = await tx.userSession.create({
      data: {
        userId: input.userId,
        method: input.method,
        userAgent: input.userAgent?.slice(0, 500) ?? null,
        ipAddress: input.ipAddress,
        expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
      },
      select: { id: true },
    });
    const beyond = await tx.userSession.findMany({
      where: { userId: input.userId, id: { not: row.id }, revokedAt: null, expiresAt: { gt: new Date() } },
      orderBy: [{ lastSeenAt: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      skip: MAX_ACTIVE_SESSIONS - 1,
      select: { id: true },
    });
    if (beyond.length > 0) {
      await tx.userSession.updateMany({
        where: { id: { in: beyond.map((s) => s.id) }, revokedAt: null },
        data: { revokedAt: new Date() },
      });
      for (const ended of beyond)
        await recordAuditEvent(
          tx,
          { userId: input.userId, workspaceId: null },
          {
            action: "user.session_revoked",
            entityType: "UserSession",
            entityId: ended.id,
            after: { reason: "session_limit" },
          },
        );
    }
    return row.id;
  });
}
