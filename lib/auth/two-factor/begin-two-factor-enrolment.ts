import { db } from "@/lib/db/client";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { SecretBoxError } from "@/lib/crypto/secret-box";
import { openTotpState, sealTotpState } from "@/lib/auth/two-factor/totp-state";
import { newTotpSecret } from "@/lib/auth/two-factor/totp";

/**
 * The signed-in user starts setting up an authenticator app: a new secret is
 * kept (encrypted) as pending until a first code confirms it. A pending
 * secret that still opens is kept, so a second click or a reload shows the
 * same QR code the person may already have scanned. Nothing to audit yet:
 * two-factor is not on until confirmed.
 */
export async function beginTwoFactorEnrolment(userId: string): Promise<void> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { totpEnabledAt: true, totpPendingSecret: true },
  });
  if (!user) throw new NotFoundError("Account");
  if (user.totpEnabledAt) throw new ConflictError("Two-factor sign-in is already on.");
  if (user.totpPendingSecret && opens(userId, user.totpPendingSecret)) return;
  const { count } = await db.user.updateMany({
    where: { id: userId, totpEnabledAt: null },
    data: { totpPendingSecret: sealTotpState(userId, { secret: newTotpSecret(), lastUsedStep: null }) },
  });
  if (count === 0) throw new ConflictError("Two-factor sign-in is already on.");
}

function opens(userId: string, box: string): boolean {
  try {
    openTotpState(userId, box);
    return true;
  } catch (error) {
    if (error instanceof SecretBoxError) return false;
    throw error;
  }
}
