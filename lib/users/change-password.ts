import { z } from "zod";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions/revoke-sessions";
import type { SessionUser } from "@/lib/auth/session";

export const ChangePasswordInputSchema = z
  .object({
    currentPassword: z.string(),
    newPassword: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(200, "Use at most 200 characters."),
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The two new passwords differ.",
  });
export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>;

/**
 * A user changes their own password (e.g. replacing a temporary one, which
 * clears mustChangePassword). SSO-only users may set a first password without
 * a current one. Every OTHER session of the account ends (a password change is
 * what people do when they fear someone else is signed in); this browser stays
 * signed in. Audited without workspace.
 */
export async function changePassword(
  user: Pick<SessionUser, "id" | "sessionId">,
  input: ChangePasswordInput,
): Promise<{ otherSessionsEnded: number }> {
  const userId = user.id;
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!row) throw new InvalidInputError("Account not found.");
  if (row.passwordHash && !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new InvalidInputError("Please correct the highlighted fields.", {
      currentPassword: ["The current password is not correct."],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, mustChangePassword: false } });
    const otherSessionsEnded = await revokeUserSessions(tx, userId, { exceptSessionId: user.sessionId });
    await recordAuditEvent(
      tx,
      { userId, workspaceId: null },
      { action: "user.password_changed", entityType: "User", entityId: userId, after: { otherSessionsEnded } },
    );
    return { otherSessionsEnded };
  });
}
