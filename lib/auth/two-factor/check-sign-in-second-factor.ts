import { db } from "@/lib/db/client";
import { verifySecondFactor } from "@/lib/auth/two-factor/verify-second-factor";

/** Error codes of the credentials sign-in that the sign-in form turns into its second step and messages. */
export const TWO_FACTOR_REQUIRED_ERROR = "TwoFactorRequired";
export const TWO_FACTOR_INVALID_ERROR = "TwoFactorInvalid";

export type SignInSecondFactor =
  /** the account has no two-factor: the password was enough */
  | { status: "not_enrolled" }
  /** the account has two-factor and no code came with the password: ask for it */
  | { status: "missing" }
  /** a wrong or used code: a failed sign-in, counted by the sign-in limits */
  | { status: "wrong" }
  | { status: "ok"; method: "totp" | "recovery_code" };

/**
 * SECURITY: the second step of a password sign-in, run only after the
 * password was verified. An account with two-factor on signs in only with a
 * current authenticator code or an unused recovery code as well.
 */
export async function checkSignInSecondFactor(userId: string, code: string | undefined): Promise<SignInSecondFactor> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  if (!user?.totpEnabledAt) return { status: "not_enrolled" };
  if (!code?.trim()) return { status: "missing" };
  const result = await verifySecondFactor(userId, code);
  return result.ok ? { status: "ok", method: result.method } : { status: "wrong" };
}
