import { z } from "zod";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashOneTimeToken, ONE_TIME_TOKEN_PATTERN } from "@/lib/auth/one-time-token";
import { hashPassword, MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { revokeUserSessions } from "@/lib/auth/sessions/revoke-sessions";

export const ResetPasswordInputSchema = z
  .object({
    token: z.string().regex(ONE_TIME_TOKEN_PATTERN, "This link is not valid."),
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
export type ResetPasswordInput = z.infer<typeof ResetPasswordInputSchema>;

export const DEAD_PASSWORD_LINK =
  "This link has expired or was already used. Ask for a new one on the sign-in page (Forgot password?).";

/**
 * Sets a password from a reset link (RESET) or an account-setup link
 * (ACCOUNT_SETUP, from `npm run admin -- create-user`). The link works once;
 * the password is the person's own, so mustChangePassword is cleared, and the
 * address is proven. Every session of the account ends: whoever was signed
 * in, perhaps with the old password, is out. The person then signs in.
 */
export async function resetPassword(input: ResetPasswordInput): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.newPassword);
  return db.$transaction(async (tx) => {
    const now = new Date();
    const link = await tx.passwordToken.findUnique({
      where: { tokenHash: hashOneTimeToken(input.token) },
      select: { id: true, userId: true, purpose: true },
    });
    if (!link?.userId || link.purpose === "FIRST_ADMIN") throw new InvalidInputError(DEAD_PASSWORD_LINK);
    // the conditional update is the single-use check: of two concurrent submits, one wins
    const { count } = await tx.passwordToken.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (count === 0) throw new InvalidInputError(DEAD_PASSWORD_LINK);
    const user = await tx.user.update({
      where: { id: link.userId },
      data: { passwordHash, mustChangePassword: false, emailVerified: now },
      select: { id: true, email: true },
    });
    const sessionsEnded = await revokeUserSessions(tx, user.id);
    const action = link.purpose === "RESET" ? "user.password_reset" : "user.password_set";
    await recordAuditEvent(
      tx,
      { userId: user.id, workspaceId: null },
      { action, entityType: "User", entityId: user.id, after: { sessionsEnded } },
    );
    return { email: user.email };
  });
}
