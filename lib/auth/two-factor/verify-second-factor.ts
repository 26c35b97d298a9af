import { db } from "@/lib/db/client";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { SecretBoxError } from "@/lib/crypto/secret-box";
import { openTotpState, sealTotpState } from "@/lib/auth/two-factor/totp-state";
import { acceptedTotpStep, normalizeTotpCode, TOTP_CODE_PATTERN } from "@/lib/auth/two-factor/totp";
import { hashRecoveryCode, normalizeRecoveryCode } from "@/lib/auth/two-factor/recovery-codes";

export type SecondFactorResult =
  { ok: true; method: "totp" } | { ok: true; method: "recovery_code"; recoveryCodesLeft: number } | { ok: false };

/**
 * SECURITY: checks a user's second factor: a current authenticator code (each
 * accepted once: the step is recorded with a compare-and-swap on the sealed
 * secret, so two requests with one code cannot both pass), or an unused
 * recovery code (marked used in the same conditional update, audited).
 * `{ ok: false }` for anything else, including a user without two-factor.
 */
export async function verifySecondFactor(
  userId: string,
  input: string,
  nowMs = Date.now(),
): Promise<SecondFactorResult> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || !user.totpEnabledAt) return { ok: false };
  if (TOTP_CODE_PATTERN.test(normalizeTotpCode(input)))
    return (await acceptTotpCode(userId, user.totpSecret, input, nowMs)) ? { ok: true, method: "totp" } : { ok: false };
  return useRecoveryCode(userId, input);
}

async function acceptTotpCode(userId: string, box: string, input: string, nowMs: number): Promise<boolean> {
  let state;
  try {
    state = openTotpState(userId, box);
  } catch (error) {
    if (!(error instanceof SecretBoxError)) throw error;
    // NEXTAUTH_SECRET changed or the row was altered: only recovery codes work now
    console.error(`[factdesk] the two-factor secret of user ${userId} cannot be decrypted`);
    return false;
  }
  const step = acceptedTotpStep(state.secret, input, state.lastUsedStep, nowMs);
  if (step === null) return false;
  const { count } = await db.user.updateMany({
    where: { id: userId, totpSecret: box },
    data: { totpSecret: sealTotpState(userId, { ...state, lastUsedStep: step }) },
  });
  return count === 1;
}

async function useRecoveryCode(userId: string, input: string): Promise<SecondFactorResult> {
  const normalized = normalizeRecoveryCode(input);
  if (!normalized) return { ok: false };
  return db.$transaction(async (tx) => {
    const { count } = await tx.recoveryCode.updateMany({
      where: { userId, codeHash: hashRecoveryCode(normalized), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (count !== 1) return { ok: false } as const;
    const recoveryCodesLeft = await tx.recoveryCode.count({ where: { userId, usedAt: null } });
    await recordAuditEvent(
      tx,
      { userId, workspaceId: null },
      { action: "user.recovery_code_used", entityType: "User", entityId: userId, after: { recoveryCodesLeft } },
    );
    return { ok: true, method: "recovery_code", recoveryCodesLeft } as const;
  });
}
