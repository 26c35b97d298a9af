import { db } from "@/lib/db/client";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { verifyPassword } from "@/lib/auth/password";
import { verifySecondFactor } from "@/lib/auth/two-factor/verify-second-factor";
import { WRONG_CURRENT_CODE } from "@/lib/auth/two-factor/regenerate-recovery-codes";
import type { DisableTwoFactorInput } from "@/lib/auth/two-factor/schemas";

/**
 * The signed-in user turns two-factor sign-in off: their password (when the
 * account has one; SSO-only accounts have none) and a current code or unused
 * recovery code are both required, so a session left open is not enough.
 * The secret and all recovery codes are deleted. Audited
 * (user.two_factor_disabled). Workspaces that require two-factor refuse a
 * reviewer or admin from the next request on.
 */
export async function disableTwoFactor(userId: string, input: DisableTwoFactorInput): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true, passwordHash: true } });
  if (!user?.totpEnabledAt) throw new ConflictError("Two-factor sign-in is not on.");
  // the password first: a wrong one must not use up the code
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.password))) {
    throw new InvalidInputError("Please correct the highlighted fields.", {
      password: ["The password is not correct."],
    });
  }
  if (!(await verifySecondFactor(userId, input.code)).ok)
    throw new InvalidInputError("Please correct the highlighted fields.", { code: [WRONG_CURRENT_CODE] });
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: userId },
      data: { totpSecret: null, totpPendingSecret: null, totpEnabledAt: null },
    });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    await recordAuditEvent(
      tx,
      { userId, workspaceId: null },
      { action: "user.two_factor_disabled", entityType: "User", entityId: userId },
    );
  });
}
