import { db } from "@/lib/db/client";
import { ConflictError, InvalidInputError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { verifySecondFactor } from "@/lib/auth/two-factor/verify-second-factor";
import { replaceRecoveryCodes } from "@/lib/auth/two-factor/store-recovery-codes";
import type { RecoveryCodesDto } from "@/lib/auth/two-factor/confirm-two-factor-enrolment";
import type { TwoFactorCodeInput } from "@/lib/auth/two-factor/schemas";

export const WRONG_CURRENT_CODE =
  "That code is not right. Enter the code your app shows now, or an unused recovery code.";

/**
 * The signed-in user replaces their recovery codes (all old ones stop
 * working), proving the second factor with a current code or an unused
 * recovery code. Audited (user.two_factor_recovery_codes_regenerated).
 */
export async function regenerateRecoveryCodes(userId: string, input: TwoFactorCodeInput): Promise<RecoveryCodesDto> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  if (!user?.totpEnabledAt) throw new ConflictError("Two-factor sign-in is not on.");
  if (!(await verifySecondFactor(userId, input.code)).ok)
    throw new InvalidInputError(WRONG_CURRENT_CODE, { code: [WRONG_CURRENT_CODE] });
  return db.$transaction(async (tx) => {
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    await recordAuditEvent(
      tx,
      { userId, workspaceId: null },
      {
        action: "user.two_factor_recovery_codes_regenerated",
        entityType: "User",
        entityId: userId,
        after: { recoveryCodes: recoveryCodes.length },
      },
    );
    return { recoveryCodes };
  });
}
