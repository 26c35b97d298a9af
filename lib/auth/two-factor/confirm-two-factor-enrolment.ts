import { db } from "@/lib/db/client";
import { ConflictError, InvalidInputError, NotFoundError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { SecretBoxError } from "@/lib/crypto/secret-box";
import { openTotpState, sealTotpState } from "@/lib/auth/two-factor/totp-state";
import { acceptedTotpStep } from "@/lib/auth/two-factor/totp";
import { replaceRecoveryCodes } from "@/lib/auth/two-factor/store-recovery-codes";
import type { TwoFactorCodeInput } from "@/lib/auth/two-factor/schemas";

export interface RecoveryCodesDto {
  /** shown once; only their hashes are kept */
  recoveryCodes: string[];
}

export const WRONG_CODE_MESSAGE =
  "That code is not right. Enter the code your app shows now (check that your phone's clock is set automatically).";

/**
 * The signed-in user confirms the pending secret with a first code from the
 * app: two-factor sign-in is on from now, with 10 new recovery codes
 * (returned once). The confirming code counts as used. Audited
 * (user.two_factor_enabled). A wrong code changes nothing (400).
 */
export async function confirmTwoFactorEnrolment(
  userId: string,
  input: TwoFactorCodeInput,
  nowMs = Date.now(),
): Promise<RecoveryCodesDto> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpEnabledAt: true, totpPendingSecret: true },
  });
  if (!user) throw new NotFoundError("Account");
  if (user.totpEnabledAt) throw new ConflictError("Two-factor sign-in is already on.");
  const box = user.totpPendingSecret;
  const pending = box ? openPending(userId, box) : null;
  if (!box || !pending)
    throw new ConflictError("Start the set-up again: there is no authenticator waiting to be confirmed.");
  const step = acceptedTotpStep(pending.secret, input.code, null, nowMs);
  if (step === null) throw new InvalidInputError(WRONG_CODE_MESSAGE, { code: [WRONG_CODE_MESSAGE] });

  return db.$transaction(async (tx) => {
    const enabledAt = new Date(nowMs);
    const { count } = await tx.user.updateMany({
      where: { id: userId, totpEnabledAt: null, totpPendingSecret: box },
      data: {
        totpSecret: sealTotpState(userId, { secret: pending.secret, lastUsedStep: step }),
        totpPendingSecret: null,
        totpEnabledAt: enabledAt,
      },
    });
    if (count === 0) throw new ConflictError("The set-up changed in another window. Reload the page.");
    const recoveryCodes = await replaceRecoveryCodes(tx, userId);
    await recordAuditEvent(
      tx,
      { userId, workspaceId: null },
      {
        action: "user.two_factor_enabled",
        entityType: "User",
        entityId: userId,
        after: { enabledAt, recoveryCodes: recoveryCodes.length },
      },
    );
    return { recoveryCodes };
  });
}

function openPending(userId: string, box: string) {
  try {
    return openTotpState(userId, box);
  } catch (error) {
    if (error instanceof SecretBoxError) return null;
    throw error;
  }
}
