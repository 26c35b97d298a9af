import { db } from "@/lib/db/client";
import { SESSION_MAX_AGE_SECONDS, type SessionMethod } from "@/lib/auth/sessions/session-policy";

export interface NewSession {
  userId: string;
  method: SessionMethod;
  userAgent: string | null;
  ipAddress: string | null;
}

/** The server-side row of a new sign-in; its id travels in the JWT as `sid`. */
export async function startSession(input: NewSession): Promise<string> {
  const row = await db.userSession.create({
    data: {
      userId: input.userId,
      method: input.method,
      userAgent: input.userAgent?.slice(0, 500) ?? null,
      ipAddress: input.ipAddress,
      expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
    },
    select: { id: true },
  });
  return row.id;
}
