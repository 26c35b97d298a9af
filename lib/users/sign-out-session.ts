import { z } from "zod";
import { db } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { SessionUser } from "@/lib/auth/session";

export const SignOutSessionInputSchema = z.object({ sessionId: z.string().min(1).max(64) });
export type SignOutSessionInput = z.infer<typeof SignOutSessionInputSchema>;

/** Ends one of the account's own sessions (a lost laptop). Another person's session is "not found". */
export async function signOutSession(user: Pick<SessionUser, "id">, input: SignOutSessionInput): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.userSession.updateMany({
      where: { id: input.sessionId, userId: user.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) throw new NotFoundError("Session");
    await recordAuditEvent(
      tx,
      { userId: user.id, workspaceId: null },
      { action: "user.session_revoked", entityType: "UserSession", entityId: input.sessionId },
    );
  });
}
