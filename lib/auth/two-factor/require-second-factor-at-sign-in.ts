import { normalizeEmail, type SignInOrigin } from "@/lib/auth/verify-credentials";
import { recordSignInFailure } from "@/lib/auth/sign-in-limits";
import { signInDeviceKey } from "@/lib/auth/sign-in-device";
import {
  checkSignInSecondFactor,
  TWO_FACTOR_INVALID_ERROR,
  TWO_FACTOR_REQUIRED_ERROR,
} from "@/lib/auth/two-factor/check-sign-in-second-factor";

/**
 * SECURITY: for the credentials `authorize` (lib/auth/options.ts), after the
 * password was verified. Returns when the account has no two-factor or the
 * code is right; throws an Error whose message is the code the sign-in form
 * reads: TwoFactorRequired (ask for the code; nothing counted) or
 * TwoFactorInvalid (a wrong or used code, counted as a failed sign-in of this
 * client and account by lib/auth/sign-in-limits.ts).
 */
export async function requireSecondFactorAtSignIn(
  userId: string,
  email: string,
  code: string | undefined,
  origin: SignInOrigin,
): Promise<void> {
  const second = await checkSignInSecondFactor(userId, code);
  if (second.status === "missing") throw new Error(TWO_FACTOR_REQUIRED_ERROR);
  if (second.status === "wrong") {
    const address = normalizeEmail(email);
    await recordSignInFailure({
      email: address,
      address: origin.address,
      deviceKey: signInDeviceKey(origin.deviceCookie, address),
    });
    throw new Error(TWO_FACTOR_INVALID_ERROR);
  }
}
