import { z } from "zod";
import { db } from "@/lib/db/client";
import { InvalidInputError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { newOneTimeToken } from "@/lib/auth/one-time-token";
import { normalizeEmail, type SignInOrigin } from "@/lib/auth/verify-credentials";
import { recordPasswordResetRequest, signInWaitSeconds } from "@/lib/auth/sign-in-limits";
import { signInDeviceKey } from "@/lib/auth/sign-in-device";
import { queueMail } from "@/lib/mail/queue-mail";
import { deliverMail } from "@/lib/mail/deliver-mail";
import { passwordResetMail } from "@/lib/users/password-reset-mail";
import { recipientLocale } from "@/lib/i18n/translator";

export const RESET_LINK_VALIDITY_MS = 60 * 60 * 1000;

export const RequestPasswordResetInputSchema = z.object({
  email: z.string().trim().max(254, "Use at most 254 characters.").email("Enter an email address."),
});
export type RequestPasswordResetInput = z.infer<typeof RequestPasswordResetInputSchema>;

/**
 * "Forgot password?": mails a single-use link valid for 1 hour, replacing any
 * earlier unused reset link of the account. SECURITY: the caller always shows
 * the same answer, whether an account exists or not, and the mail is sent
 * without waiting, so neither the answer nor its timing reveals accounts.
 * Requests are throttled per address and client by the sign-in limiter.
 */
export async function requestPasswordReset(input: RequestPasswordResetInput, origin: SignInOrigin): Promise<void> {
  const email = normalizeEmail(input.email);
  const client = { email, address: origin.address, deviceKey: signInDeviceKey(origin.deviceCookie, email) };
  const wait = await signInWaitSeconds(client, "reset");
  if (wait > 0) throw new InvalidInputError(`Too many reset requests from here. Try again in ${wait} s.`);
  await recordPasswordResetRequest(client);

  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, locale: true } });
  if (!user) return;
  const { token, tokenHash } = newOneTimeToken();
  const mailId = await db.$transaction(async (tx) => {
    await tx.passwordToken.deleteMany({ where: { userId: user.id, purpose: "RESET", usedAt: null } });
    const row = await tx.passwordToken.create({
      data: { userId: user.id, purpose: "RESET", tokenHash, expiresAt: new Date(Date.now() + RESET_LINK_VALIDITY_MS) },
      select: { id: true },
    });
    await recordAuditEvent(
      tx,
      { userId: null, workspaceId: null },
      { action: "user.password_reset_requested", entityType: "User", entityId: user.id, after: { tokenId: row.id } },
    );
    return queueMail(tx, {
      to: email,
      kind: "password_reset",
      ...passwordResetMail(recipientLocale(user.locale), { token, hasPassword: user.passwordHash !== null }),
    });
  });
  void deliverMail([mailId]);
}
