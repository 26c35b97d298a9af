import type { Tx } from "@/lib/db/client";
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode } from "@/lib/auth/two-factor/recovery-codes";

/** Replaces all of a user's recovery codes with 10 new ones; returns them in clear text, to be shown once. */
export async function replaceRecoveryCodes(tx: Tx, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.recoveryCode.createMany({
    data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(normalizeRecoveryCode(code)!) })),
  });
  return codes;
}
